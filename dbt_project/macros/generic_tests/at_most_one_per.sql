{#-
    Fails for each combination of `combination_of_columns` that occurs more than once
    (a grain test, like dbt_utils.unique_combination_of_columns). Nulls count as values.
-#}
{% test at_most_one_per(model, combination_of_columns) %}
select
    {{ combination_of_columns | join(', ') }},
    count(*) as num_rows
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1
{% endtest %}
