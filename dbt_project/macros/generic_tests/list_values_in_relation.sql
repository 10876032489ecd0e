{#-
    For a LIST column: fails for every element that is not a value of `field` in `to`
    (a `relationships` test for arrays, e.g. purposes -> dim_purposes.purpose). Null elements fail too.
-#}
{% test list_values_in_relation(model, column_name, to, field) %}
with

elements as (
    select unnest({{ column_name }}) as element
    from {{ model }}
),

allowed as (
    select {{ field }} as value
    from {{ to }}
)

select e.element
from elements as e
left join allowed as a
    on e.element = a.value
where a.value is null
{% endtest %}
