//! The names databases give unnamed keys and constraints, and their length limits.

use crate::definitions::dialect::Dialect;

use super::Table;

pub(super) fn default_pk_name(table: &str, dialect: Dialect) -> String {
    match dialect {
        Dialect::Mysql => "PRIMARY".to_string(),
        Dialect::Postgresql => pg_name(&format!("{table}_pkey")),
        Dialect::Sqlite => format!("{table}_pkey"),
    }
}

/// The name a database gives an unnamed UNIQUE: MySQL uses the first column's name
/// (with `_2`, `_3` ... when taken), PostgreSQL `<table>_<cols>_key`.
pub(super) fn auto_unique_name(t: &Table, columns: &[String], dialect: Dialect) -> String {
    let taken = |n: &str| t.index_names().any(|x| x == n);
    let base = match dialect {
        Dialect::Mysql => columns[0].clone(),
        Dialect::Postgresql | Dialect::Sqlite => {
            pg_name(&format!("{}_{}_key", t.name, columns.join("_")))
        }
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|i| match dialect {
            Dialect::Mysql => format!("{base}_{i}"),
            _ => format!(
                "{}{}",
                base.trim_end_matches("_key"),
                format_args!("{}_key", i - 1)
            ),
        })
        .find(|n| !taken(n))
        .unwrap_or(base)
}

/// PostgreSQL truncates identifiers to 63 bytes.
fn pg_name(s: &str) -> String {
    let mut end = s.len().min(63);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}
