//! No silent data loss: what a plan would destroy, counted before anything runs.
//!
//! [`effects`] reads a list of operations against the schema they meet and names
//! what can destroy stored values: dropping a table or a column, narrowing a
//! string column, shrinking the values an enum column allows, setting values to
//! NULL, and every type change the values may not survive (binary and text sizes,
//! numbers rounded or out of the new type's range, text that is not a number or
//! a boolean, NULLs in a column made NOT NULL). A column whose values an earlier
//! `update` copied elsewhere is not lost. Some of these the database refuses
//! itself, half way through a plan (PostgreSQL always, MySQL/MariaDB in the strict
//! session ast-schema sets, SQLite for NOT NULL and enum CHECKs): those are
//! refused before anything runs even with `--allow-data-loss`, since going ahead
//! could only fail.
//! [`count`] asks the live database how many rows each one would hit (and, for a
//! narrowing, which keys), for objects that exist before the plan starts; anything
//! a plan creates itself is empty or derived. Downgrades and reconciles are held to
//! all of it; upgrades (a reconcile on the way up to a newer release's schema
//! included) only to what would fail or garble on the way (every type and
//! nullability change), since dropping a column is what an Asterisk upgrade means.

use std::collections::HashSet;

use crate::db::driver::Connection;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{ColumnType, Op, UpdateValue};
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::model::Schema;

mod types;
use types::{bounds, decimal, exact, float_bits, retyped, scale, whole_digits, PG_BOOLEANS};

/// What an operation would do to stored values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    DropTable {
        table: String,
    },
    DropColumn {
        table: String,
        column: String,
    },
    /// A column made a string of `len` characters (from a longer string, text,
    /// an enum with longer values, or a number or date whose text can be longer).
    Narrow {
        table: String,
        column: String,
        len: u32,
    },
    /// An enum column that keeps only `kept` (values in `remapped` were rewritten
    /// to kept ones by an earlier data step, so they are safe too).
    EnumShrink {
        table: String,
        column: String,
        kept: Vec<String>,
        remapped: Vec<String>,
    },
    /// Values set to NULL (where `column2 IN (values)`, when given).
    Nulls {
        table: String,
        column: String,
        only: Option<(String, Vec<String>)>,
    },
    /// A binary or text column cut to `bytes` (MySQL's BLOB and TEXT sizes).
    Shrink {
        table: String,
        column: String,
        bytes: u64,
    },
    /// Numbers rounded to what `to` keeps (digits after the point, or a float's
    /// precision).
    Round {
        table: String,
        column: String,
        from: ColumnType,
        to: ColumnType,
    },
    /// Numbers outside what `to` holds.
    Range {
        table: String,
        column: String,
        from: ColumnType,
        to: ColumnType,
    },
    /// Values that are not a `to` (text made a number or a boolean; on
    /// PostgreSQL, integers other than 0 and 1 made a boolean). Values in
    /// `remapped` were rewritten by an earlier data step.
    Convert {
        table: String,
        column: String,
        from: ColumnType,
        to: ColumnType,
        remapped: Vec<String>,
    },
    /// A column made NOT NULL.
    NotNull {
        table: String,
        column: String,
    },
}

impl Effect {
    /// Whether an upgrade is held to it too (it would fail or garble values,
    /// rather than remove what the revision retires).
    fn on_upgrade(&self) -> bool {
        !matches!(
            self,
            Effect::DropTable { .. } | Effect::DropColumn { .. } | Effect::Nulls { .. }
        )
    }

    /// Whether `d` refuses the statement when a row holds such a value (rather
    /// than changing or dropping the value): then going ahead can only fail half
    /// way, so `--allow-data-loss` does not let it through. MySQL/MariaDB is
    /// taken in the strict session ast-schema opens; SQLite keeps what does not
    /// fit a declared type but enforces NOT NULL and an enum's CHECK.
    fn refused_by(&self, d: Dialect) -> bool {
        match self {
            Effect::DropTable { .. } | Effect::DropColumn { .. } | Effect::Nulls { .. } => false,
            Effect::Round { .. } => false,
            Effect::Narrow { .. } | Effect::Shrink { .. } | Effect::Range { .. } => {
                d != Dialect::Sqlite
            }
            Effect::Convert { from, to, .. } => {
                !(d == Dialect::Postgresql && from.is_integer() && *to == ColumnType::Boolean)
            }
            Effect::EnumShrink { .. } | Effect::NotNull { .. } => true,
        }
    }

    pub fn table(&self) -> &str {
        match self {
            Effect::DropTable { table }
            | Effect::DropColumn { table, .. }
            | Effect::Narrow { table, .. }
            | Effect::EnumShrink { table, .. }
            | Effect::Nulls { table, .. }
            | Effect::Shrink { table, .. }
            | Effect::Round { table, .. }
            | Effect::Range { table, .. }
            | Effect::Convert { table, .. }
            | Effect::NotNull { table, .. } => table,
        }
    }

    fn column(&self) -> Option<&str> {
        match self {
            Effect::DropTable { .. } => None,
            Effect::DropColumn { column, .. }
            | Effect::Narrow { column, .. }
            | Effect::EnumShrink { column, .. }
            | Effect::Nulls { column, .. }
            | Effect::Shrink { column, .. }
            | Effect::Round { column, .. }
            | Effect::Range { column, .. }
            | Effect::Convert { column, .. }
            | Effect::NotNull { column, .. } => Some(column),
        }
    }

    /// In words, without counts (the offline script's warning).
    pub fn describe(&self) -> String {
        match self {
            Effect::DropTable { table } => format!("drops table {table} with its rows"),
            Effect::DropColumn { table, column } => {
                format!("drops column {table}.{column} with its values")
            }
            Effect::Narrow { table, column, len } => {
                format!("narrows {table}.{column} to {len} characters")
            }
            Effect::EnumShrink {
                table,
                column,
                kept,
                ..
            } => format!("limits {table}.{column} to the values {}", kept.join(", ")),
            Effect::Nulls { table, column, .. } => format!("sets {table}.{column} to NULL"),
            Effect::Shrink {
                table,
                column,
                bytes,
            } => format!("narrows {table}.{column} to {bytes} bytes"),
            Effect::Round {
                table, column, to, ..
            } => format!("rounds {table}.{column} to {to}"),
            Effect::Range {
                table, column, to, ..
            } => format!("limits {table}.{column} to the range of {to}"),
            Effect::Convert {
                table, column, to, ..
            } => format!("converts {table}.{column} to {to}"),
            Effect::NotNull { table, column } => format!("makes {table}.{column} NOT NULL"),
        }
    }

    /// The rows it hits, as a condition on the live table.
    fn condition(&self, d: Dialect) -> String {
        let col = |c: &str| d.ident(c).into_owned();
        let list = |vals: &[String]| {
            vals.iter()
                .map(|v| d.literal(v))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // Values an earlier data step rewrote are left out.
        let unless = |c: &str, remapped: &[String]| {
            if remapped.is_empty() {
                String::new()
            } else {
                format!(" AND {c} NOT IN ({})", list(remapped))
            }
        };
        match self {
            Effect::DropTable { .. } => "1 = 1".to_string(),
            Effect::DropColumn { column, .. } => format!("{} IS NOT NULL", col(column)),
            Effect::Narrow { column, len, .. } => {
                format!("{} > {len}", d.char_length(&d.text_of(&col(column))))
            }
            Effect::EnumShrink {
                column,
                kept,
                remapped,
                ..
            } => {
                let safe: Vec<String> = kept.iter().chain(remapped).cloned().collect();
                format!(
                    "{c} IS NOT NULL AND {c} NOT IN ({})",
                    list(&safe),
                    c = d.text_of(&col(column))
                )
            }
            Effect::Nulls { column, only, .. } => match only {
                Some((w, vals)) => format!(
                    "{} IS NOT NULL AND {} IN ({})",
                    col(column),
                    d.text_of(&col(w)),
                    list(vals)
                ),
                None => format!("{} IS NOT NULL", col(column)),
            },
            Effect::Shrink { column, bytes, .. } => {
                format!("OCTET_LENGTH({}) > {bytes}", col(column))
            }
            Effect::Round {
                column, from, to, ..
            } => {
                let x = exact(d, &col(column), from);
                match to {
                    ColumnType::Float => {
                        format!("ABS({}) > {}", col(column), 1u64 << float_bits(d))
                    }
                    _ => format!("{x} <> ROUND({x}, {})", scale(to)),
                }
            }
            Effect::Range {
                column, from, to, ..
            } => {
                let x = exact(d, &col(column), from);
                let r = format!("ROUND({x}, {})", scale(to));
                match bounds(d, to) {
                    Some((lo, hi)) => format!("({r} < {lo} OR {r} > {hi})"),
                    None => format!("ABS({r}) >= 1{}", "0".repeat(whole_digits(to) as usize)),
                }
            }
            Effect::Convert {
                column,
                from,
                to,
                remapped,
                ..
            } => {
                let t = d.text_of(&col(column));
                let rest = unless(&t, remapped);
                if d == Dialect::Postgresql && *to == ColumnType::Boolean {
                    return if from.is_integer() {
                        format!("{} NOT IN (0, 1)", col(column))
                    } else {
                        format!(
                            "{t} IS NOT NULL AND LOWER(TRIM({t})) NOT IN ({}){rest}",
                            list(&PG_BOOLEANS.map(String::from))
                        )
                    };
                }
                let matches = |re: &str| match d {
                    Dialect::Postgresql => format!("{t} ~ '{re}'"),
                    _ => format!("{t} REGEXP '{re}'"),
                };
                let fits = match bounds(d, to) {
                    Some((lo, hi)) => format!(
                        "CASE WHEN {} THEN CAST({t} AS {}) BETWEEN {lo} AND {hi} ELSE 1 = 0 END",
                        matches("^[-+]?[0-9]{1,30}$"),
                        decimal(d)
                    ),
                    None => matches("^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]{1,3})?$"),
                };
                format!("{t} IS NOT NULL AND NOT ({fits}){rest}")
            }
            Effect::NotNull { column, .. } => format!("{} IS NULL", col(column)),
        }
    }

    /// What each row hit holds, after "N rows with ...".
    fn holding(&self) -> &'static str {
        match self {
            Effect::Narrow { .. } | Effect::Shrink { .. } => "a value longer than that",
            Effect::EnumShrink { .. } => "a value outside them",
            Effect::Range { .. } => "a value outside it",
            Effect::Round { .. } => "a value it cannot keep exactly",
            Effect::Convert { .. } => "a value that is not one",
            Effect::NotNull { .. } => "NULL",
            _ => "a value",
        }
    }

    /// Whether the rows hit are listed by key.
    fn keyed(&self) -> bool {
        !matches!(
            self,
            Effect::DropTable { .. } | Effect::DropColumn { .. } | Effect::Nulls { .. }
        )
    }
}

/// The effects of `ops` (one revision's, or a reconcile's, filtered for `d`),
/// folding `schema` as they go. `upgrade` limits them to what an upgrade is held
/// to.
pub fn effects(
    ops: &[&Op],
    schema: &mut Schema,
    d: Dialect,
    upgrade: bool,
) -> Result<Vec<Effect>, String> {
    let mut out = Vec::new();
    let mut copied: HashSet<(String, String)> = HashSet::new();
    // Values earlier data steps rewrote to a literal, per column.
    let mut remapped: Vec<((String, String), Vec<String>)> = Vec::new();
    for op in ops {
        match op {
            Op::DropTable { table } => out.push(Effect::DropTable {
                table: table.clone(),
            }),
            Op::DropColumn { table, column }
                if !copied.contains(&(table.clone(), column.clone())) =>
            {
                out.push(Effect::DropColumn {
                    table: table.clone(),
                    column: column.clone(),
                })
            }
            Op::AlterColumn(a) => {
                let before = schema
                    .require_table(&a.table)?
                    .column(&a.column)
                    .ok_or_else(|| format!("column {}.{} does not exist", a.table, a.column))?
                    .clone();
                let after = schema.table_after(op, d)?;
                let name = a.new_name.as_deref().unwrap_or(&a.column);
                let now = after
                    .column(name)
                    .ok_or_else(|| format!("column {}.{name} does not exist", a.table))?;
                let key = (a.table.clone(), a.column.clone());
                let rewritten: Vec<String> = remapped
                    .iter()
                    .filter(|(k, _)| *k == key)
                    .flat_map(|(_, v)| v.iter().cloned())
                    .collect();
                match (&before.ty, &now.ty) {
                    (_, ColumnType::Enum(_)) => {
                        let kept = now.enum_values.clone().unwrap_or_default();
                        let wider = match (&before.ty, &before.enum_values) {
                            (ColumnType::Enum(_), Some(was)) => {
                                was.iter().any(|v| !kept.contains(v))
                            }
                            _ => true,
                        };
                        if wider {
                            out.push(Effect::EnumShrink {
                                table: a.table.clone(),
                                column: a.column.clone(),
                                kept,
                                remapped: rewritten,
                            });
                        }
                    }
                    _ => out.extend(retyped(d, &a.table, &before, now, rewritten)),
                }
                // A primary key's columns hold no NULL whatever they are declared.
                let in_key = schema
                    .require_table(&a.table)?
                    .primary_key
                    .as_ref()
                    .is_some_and(|k| k.columns.contains(&a.column));
                if before.nullable && !now.nullable && !in_key {
                    out.push(Effect::NotNull {
                        table: a.table.clone(),
                        column: a.column.clone(),
                    });
                }
            }
            Op::Update(u) => match u.new_value()? {
                UpdateValue::Column(from) => {
                    copied.insert((u.table.clone(), from.to_string()));
                }
                UpdateValue::Null => out.push(Effect::Nulls {
                    table: u.table.clone(),
                    column: u.column.clone(),
                    only: u
                        .where_in
                        .clone()
                        .map(|vals| (u.where_column.clone().unwrap_or(u.column.clone()), vals)),
                }),
                UpdateValue::Literal(_) => {
                    let same_column = u.where_column.as_ref().is_none_or(|w| *w == u.column);
                    if let (Some(vals), true) = (&u.where_in, same_column) {
                        remapped.push(((u.table.clone(), u.column.clone()), vals.clone()));
                    }
                }
            },
            _ => {}
        }
        schema.apply(op, d)?;
    }
    if upgrade {
        out.retain(Effect::on_upgrade);
    }
    Ok(out)
}

/// An effect that would hit stored rows.
#[derive(Debug, Clone)]
pub struct Loss {
    pub effect: Effect,
    pub rows: u64,
    /// For a type change: some of the keys of the rows hit.
    pub keys: Vec<String>,
    /// The database that would refuse the statement over those rows, when it
    /// would (see [`Effect`]'s `refused_by`).
    pub refused_by: Option<&'static str>,
}

impl Loss {
    pub fn describe(&self) -> String {
        let mut s = format!(
            "{} ({} row{} with {}",
            self.effect.describe(),
            self.rows,
            if self.rows == 1 { "" } else { "s" },
            self.effect.holding()
        );
        if !self.keys.is_empty() {
            s.push_str(&format!(": {}", self.keys.join(", ")));
        }
        s.push(')');
        if let Some(db) = self.refused_by {
            s.push_str(&format!(", which {db} refuses"));
        }
        s
    }
}

/// Counts, on the live database, the rows each effect would hit, for tables and
/// columns that exist in `origin` (the schema before the plan). Effects that hit
/// no row are left out.
pub fn count(
    conn: &mut dyn Connection,
    origin: &Schema,
    effects: &[Effect],
) -> Result<Vec<Loss>, Error> {
    let d = conn.dialect();
    let mut out = Vec::new();
    let mut seen: Vec<&Effect> = Vec::new();
    for e in effects {
        if seen.contains(&e) {
            continue;
        }
        seen.push(e);
        let Some(table) = origin.table(e.table()) else {
            continue;
        };
        if let Some(c) = e.column() {
            if table.column(c).is_none() {
                continue;
            }
        }
        let t = d.ident(e.table()).into_owned();
        let col = |c: &str| d.ident(c).into_owned();
        let cond = e.condition(d);
        let q = |sql: String, conn: &mut dyn Connection| {
            conn.query(&sql).map_err(|err| {
                Error::failed_read(err.kind, format!("cannot check {}: {err}", e.describe()))
            })
        };
        let rows: u64 = q(format!("SELECT COUNT(*) FROM {t} WHERE {cond}"), conn)?
            .first()
            .and_then(|r| r.first().cloned().flatten())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        if rows == 0 {
            continue;
        }
        let mut keys = Vec::new();
        if e.keyed() {
            let key_cols: Vec<String> = match &table.primary_key {
                Some(k) => k.columns.clone(),
                None => table
                    .columns
                    .iter()
                    .take(1)
                    .map(|c| c.name.clone())
                    .collect(),
            };
            let select: Vec<String> = key_cols.iter().map(|c| col(c)).collect();
            for r in q(
                format!("SELECT {} FROM {t} WHERE {cond} LIMIT 5", select.join(", ")),
                conn,
            )? {
                let parts: Vec<String> = key_cols
                    .iter()
                    .zip(r)
                    .map(|(k, v)| format!("{k}={}", v.unwrap_or_else(|| "NULL".into())))
                    .collect();
                keys.push(parts.join(" "));
            }
            if rows > keys.len() as u64 {
                keys.push(format!("and {} more", rows - keys.len() as u64));
            }
        }
        out.push(Loss {
            effect: e.clone(),
            rows,
            keys,
            refused_by: e.refused_by(d).then(|| server_name(d)),
        });
    }
    Ok(out)
}

fn server_name(d: Dialect) -> &'static str {
    match d {
        Dialect::Mysql => "MySQL/MariaDB",
        Dialect::Postgresql => "PostgreSQL",
        Dialect::Sqlite => "SQLite",
    }
}

/// Refuses a plan that would destroy what `losses` list, unless allowed; and,
/// allowed or not, one with values the database itself would refuse (exit 23
/// when allowed), since it could only fail half way.
pub fn refuse(what: &str, losses: &[Loss], allowed: bool) -> Result<(), Error> {
    let refused: Vec<&Loss> = losses.iter().filter(|l| l.refused_by.is_some()).collect();
    let db = refused.first().and_then(|l| l.refused_by).unwrap_or("");
    if allowed {
        if refused.is_empty() {
            return Ok(());
        }
        let listed: Vec<String> = refused.iter().map(|l| l.describe()).collect();
        return Err(Error::ServerRules(format!(
            "{what} would fail: {}; change or delete those values first (--allow-data-loss cannot \
             make {db} take them); nothing was changed",
            listed.join("; ")
        )));
    }
    if losses.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = losses.iter().map(Loss::describe).collect();
    let tail = if refused.is_empty() {
        "--allow-data-loss, or AST_SCHEMA_ALLOW_DATA_LOSS=1, goes ahead".to_string()
    } else if refused.len() == losses.len() {
        format!("change or delete those values first: --allow-data-loss cannot make {db} take them")
    } else {
        format!(
            "change or delete the values {db} refuses first; --allow-data-loss, or \
             AST_SCHEMA_ALLOW_DATA_LOSS=1, goes ahead with the rest"
        )
    };
    Err(Error::DataLoss(format!(
        "{what} would destroy data: {}; nothing was changed ({tail})",
        listed.join("; ")
    )))
}

/// The effects of each step of the plan from `from` to `to` of `tree` on `d`,
/// starting from `start`.
pub fn plan_effects(
    tree: &Tree,
    d: Dialect,
    from: usize,
    to: usize,
    start: &Schema,
) -> Result<Vec<Vec<Effect>>, Error> {
    let mut schema = start.clone();
    let mut out = Vec::new();
    let upgrade = to > from;
    let positions: Vec<usize> = if upgrade {
        (from + 1..=to).collect()
    } else {
        (to + 1..=from).rev().collect()
    };
    for p in positions {
        let m = tree.migration(p)?;
        let list = if upgrade { &m.upgrade } else { &m.downgrade };
        let ops: Vec<&Op> = list
            .iter()
            .filter(|s| s.applies_to(d))
            .map(|s| &s.op)
            .collect();
        out.push(
            effects(&ops, &mut schema, d, upgrade)
                .map_err(|e| Error::InvalidMigration(format!("{}: {e}", tree.at(p).file)))?,
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
