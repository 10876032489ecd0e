{#-
    md5 of the fields joined with '|', nulls as ''. Each field is a column name or a SQL expression.
    Reproducible outside dbt: md5('DEU|EUR|500000000|2025-03-07').
-#}
{% macro surrogate_key(fields) -%}
    md5(concat_ws('|'
    {%- for field in fields -%}
        , coalesce(cast({{ field }} as varchar), '')
    {%- endfor -%}
    ))
{%- endmacro %}
