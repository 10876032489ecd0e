{#- Pledge stages in order of advancement (docs/extraction-contract.md). -#}
{% macro pledge_stages() -%}
    {{ return(['pledged', 'committed', 'allocated', 'delivered']) }}
{%- endmacro %}

{#- 1 (pledged) .. 4 (delivered); null for null or unknown stages. -#}
{% macro stage_rank(column) -%}
    case {{ column }}
    {%- for stage in pledge_stages() %}
        when '{{ stage }}' then {{ loop.index }}
    {%- endfor %}
    end
{%- endmacro %}

{#- Inverse of stage_rank. -#}
{% macro stage_from_rank(expression) -%}
    case {{ expression }}
    {%- for stage in pledge_stages() %}
        when {{ loop.index }} then '{{ stage }}'
    {%- endfor %}
    end
{%- endmacro %}
