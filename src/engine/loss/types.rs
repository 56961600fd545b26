//! What changing a column's type can do to the values it holds, per database:
//! the bounds, digits and sizes of each type, and [`retyped`], the effects of one
//! type change (the parent module counts and refuses them).

use super::Effect;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::ColumnType;
use crate::model::ColumnDef;

/// The text forms PostgreSQL's boolean input takes (trimmed, any case).
pub(super) const PG_BOOLEANS: [&str; 12] = [
    "t", "true", "y", "yes", "on", "1", "f", "false", "n", "no", "off", "0",
];

/// A float column's value as the exact number it shows (PostgreSQL's ROUND takes
/// no scale for a double; MySQL's FLOAT 3.1 is 3.0999999 inside, but becomes 3.1
/// in a DECIMAL(p,1), as its text says).
pub(super) fn exact(d: Dialect, c: &str, from: &ColumnType) -> String {
    match (d, from) {
        (Dialect::Postgresql, ColumnType::Float) => format!("CAST({c} AS NUMERIC)"),
        (Dialect::Mysql, ColumnType::Float) => {
            format!("CAST(CAST({c} AS CHAR) AS DECIMAL(65, 30))")
        }
        _ => c.to_string(),
    }
}

/// The digits after the point a numeric type keeps.
pub(super) fn scale(t: &ColumnType) -> u32 {
    match t {
        ColumnType::Numeric(_, s) => *s,
        _ => 0,
    }
}

/// The digits before the point a numeric type keeps.
pub(super) fn whole_digits(t: &ColumnType) -> u32 {
    match t {
        ColumnType::Numeric(p, s) => p.saturating_sub(*s),
        ColumnType::Integer => 10,
        ColumnType::BigInt => 19,
        _ => u32::MAX,
    }
}

/// The range of an integer type on `d` (MySQL's BOOL is a TINYINT).
pub(super) fn bounds(d: Dialect, t: &ColumnType) -> Option<(i64, i64)> {
    match t {
        ColumnType::Integer => Some((i32::MIN.into(), i32::MAX.into())),
        ColumnType::BigInt => Some((i64::MIN, i64::MAX)),
        ColumnType::Boolean if d == Dialect::Mysql => Some((-128, 127)),
        _ => None,
    }
}

/// The integers a FLOAT holds exactly: 2^bits (single precision on MySQL, double
/// on PostgreSQL).
pub(super) fn float_bits(d: Dialect) -> u32 {
    match d {
        Dialect::Mysql => 24,
        _ => 53,
    }
}

pub(super) fn decimal(d: Dialect) -> &'static str {
    match d {
        Dialect::Postgresql => "NUMERIC",
        _ => "DECIMAL(65, 0)",
    }
}

/// The longest text a value of `t` can have, when it is bounded.
pub(super) fn text_length(
    d: Dialect,
    t: &ColumnType,
    enum_values: Option<&Vec<String>>,
) -> Option<u32> {
    match t {
        ColumnType::String(n) => Some(*n),
        ColumnType::Enum(_) => enum_values.map(|v| {
            v.iter()
                .map(|s| s.chars().count() as u32)
                .max()
                .unwrap_or(0)
        }),
        ColumnType::Integer => Some(11),
        ColumnType::BigInt => Some(20),
        ColumnType::Boolean => Some(if d == Dialect::Postgresql { 5 } else { 1 }),
        ColumnType::Numeric(p, s) => Some(p + 1 + u32::from(*s > 0)),
        ColumnType::DateTime => Some(26),
        ColumnType::Float => Some(24),
        ColumnType::Text | ColumnType::Blob(_) => None,
    }
}

/// What MySQL stores in a binary or text column, in bytes (a string at four
/// bytes a character, utf8mb4's most).
pub(super) fn mysql_bytes(t: &ColumnType) -> Option<u64> {
    match t {
        ColumnType::Text | ColumnType::Blob(None) => Some(65_535),
        ColumnType::Blob(Some(n)) => Some(match n {
            0..=255 => 255,
            256..=65_535 => 65_535,
            65_536..=16_777_215 => 16_777_215,
            _ => 4_294_967_295,
        }),
        ColumnType::String(n) => Some(u64::from(*n) * 4),
        _ => None,
    }
}

/// What changing a column from `before` to `now` on `d` can do to its values
/// (enum values apart: see [`effects`]).
pub(super) fn retyped(
    d: Dialect,
    table: &str,
    before: &ColumnDef,
    now: &ColumnDef,
    remapped: Vec<String>,
) -> Vec<Effect> {
    use ColumnType as T;
    let (table, column) = (table.to_string(), before.name.clone());
    let mut out = Vec::new();
    let numeric = |t: &T| matches!(t, T::Integer | T::BigInt | T::Float | T::Numeric(..));
    let texty = |t: &T| matches!(t, T::String(_) | T::Text | T::Enum(_));
    let (from, to) = (&before.ty, &now.ty);
    if from != to {
        if let T::String(n) = to {
            if text_length(d, from, before.enum_values.as_ref()).is_none_or(|l| l > *n) {
                out.push(Effect::Narrow {
                    table: table.clone(),
                    column: column.clone(),
                    len: *n,
                });
            }
        }
        let binary = matches!(to, T::Text | T::Blob(_)) && d == Dialect::Mysql;
        if let (true, Some(was), Some(cap)) = (binary, mysql_bytes(from), mysql_bytes(to)) {
            if cap < was {
                out.push(Effect::Shrink {
                    table: table.clone(),
                    column: column.clone(),
                    bytes: cap,
                });
            }
        }
        let sqlite = d == Dialect::Sqlite;
        let target = matches!(
            to,
            T::Integer | T::BigInt | T::Numeric(..) | T::Boolean | T::Float
        );
        if !sqlite && target && numeric(from) {
            let rounds = match to {
                T::Float => {
                    matches!(from, T::Integer if d == Dialect::Mysql) || matches!(from, T::BigInt)
                }
                T::Boolean if d == Dialect::Postgresql => false,
                _ => match from {
                    T::Float => true,
                    T::Numeric(_, s) => *s > scale(to),
                    _ => false,
                },
            };
            if rounds {
                out.push(Effect::Round {
                    table: table.clone(),
                    column: column.clone(),
                    from: from.clone(),
                    to: to.clone(),
                });
            }
            let narrower = match (bounds(d, to), to) {
                (Some((_, hi)), _) => match from {
                    T::Integer => hi < i64::from(i32::MAX),
                    T::BigInt => hi < i64::MAX,
                    _ => true,
                },
                (None, T::Numeric(..)) => match from {
                    T::Float => true,
                    f => whole_digits(to) < whole_digits(f),
                },
                _ => false,
            };
            if narrower {
                out.push(Effect::Range {
                    table: table.clone(),
                    column: column.clone(),
                    from: from.clone(),
                    to: to.clone(),
                });
            }
            if from.is_integer() && *to == T::Boolean && d == Dialect::Postgresql {
                out.push(Effect::Convert {
                    table: table.clone(),
                    column: column.clone(),
                    from: from.clone(),
                    to: to.clone(),
                    remapped: vec![],
                });
            }
        }
        if !sqlite && target && texty(from) {
            out.push(Effect::Convert {
                table: table.clone(),
                column: column.clone(),
                from: from.clone(),
                to: to.clone(),
                remapped,
            });
        }
    }
    out
}
