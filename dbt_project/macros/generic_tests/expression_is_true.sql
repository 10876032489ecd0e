{#- Fails for rows where `expression` is not true (false or null). Model- or column-level. -#}
{% test expression_is_true(model, expression, column_name=none) %}
select *
from {{ model }}
where not coalesce(({{ expression }}), false)
{% endtest %}
