with

spine as (
    select cast(range as date) as date_day
    from range(date '2022-01-01', date '2031-01-01', interval 1 day)
),

final as (
    select
        date_day,
        cast(year(date_day) as integer) as year,
        cast(quarter(date_day) as integer) as quarter,
        cast(month(date_day) as integer) as month,
        monthname(date_day) as month_name,
        cast(date_trunc('month', date_day) as date) as month_start,
        cast(last_day(date_day) as date) as month_end,
        cast(date_trunc('quarter', date_day) as date) as quarter_start,
        cast(isoyear(date_day) as integer) as iso_year,
        cast(weekofyear(date_day) as integer) as iso_week,
        cast(date_trunc('week', date_day) as date) as week_start,
        cast(isodow(date_day) as integer) as iso_weekday,
        dayname(date_day) as weekday_name,
        isodow(date_day) in (6, 7) as is_weekend,
        cast(dayofmonth(date_day) as integer) as day_of_month,
        cast(dayofyear(date_day) as integer) as day_of_year,
    from spine
)

select * from final
