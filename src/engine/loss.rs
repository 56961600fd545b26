//! No silent data loss: what a plan would destroy, counted before anything runs.
//!
//! [`effects`] reads a list of operations against the schema they meet and names
//! what can destroy stored values: dropping a table or a column, narrowing a
//! string column, shrinking the values an enum column allows, setting values to
//! NULL. A column whose values an earlier `update` copied elsewhere is not lost.
//! [`count`] asks the live database how many rows each one would hit (and, for a
//! narrowing, which keys), for objects that exist before the plan starts; anything
//! a plan creates itself is empty or derived. Downgrades and reconciles are held to
//! all of it; upgrades (a reconcile on the way up to a newer release's schema
//! included) only to what would fail or garble on the way (narrowing, enum values),
//! since dropping a column is what an Asterisk upgrade means.

use std::collections::HashSet;

use crate::db::driver::Connection;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{ColumnType, Op, UpdateValue};
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::model::Schema;

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
    /// A string column cut to `len` characters.
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
}

impl Effect {
    /// Whether an upgrade is held to it too (it would fail or garble values,
    /// rather than remove what the revision retires).
    fn on_upgrade(&self) -> bool {
        matches!(self, Effect::Narrow { .. } | Effect::EnumShrink { .. })
    }

    pub fn table(&self) -> &str {
        match self {
            Effect::DropTable { table }
            | Effect::DropColumn { table, .. }
            | Effect::Narrow { table, .. }
            | Effect::EnumShrink { table, .. }
            | Effect::Nulls { table, .. } => table,
        }
    }

    fn column(&self) -> Option<&str> {
        match self {
            Effect::DropTable { .. } => None,
            Effect::DropColumn { column, .. }
            | Effect::Narrow { column, .. }
            | Effect::EnumShrink { column, .. }
            | Effect::Nulls { column, .. } => Some(column),
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
        }
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
                match (&before.ty, &now.ty) {
                    (ColumnType::String(was), ColumnType::String(to)) if to < was => {
                        out.push(Effect::Narrow {
                            table: a.table.clone(),
                            column: a.column.clone(),
                            len: *to,
                        })
                    }
                    (_, ColumnType::Enum(_)) => {
                        let kept = now.enum_values.clone().unwrap_or_default();
                        let wider = match (&before.ty, &before.enum_values) {
                            (ColumnType::Enum(_), Some(was)) => {
                                was.iter().any(|v| !kept.contains(v))
                            }
                            _ => true,
                        };
                        if wider {
                            let key = (a.table.clone(), a.column.clone());
                            out.push(Effect::EnumShrink {
                                table: a.table.clone(),
                                column: a.column.clone(),
                                kept,
                                remapped: remapped
                                    .iter()
                                    .filter(|(k, _)| *k == key)
                                    .flat_map(|(_, v)| v.iter().cloned())
                                    .collect(),
                            });
                        }
                    }
                    _ => {}
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
    /// For a narrowing or an enum change: some of the keys of the rows hit.
    pub keys: Vec<String>,
}

impl Loss {
    pub fn describe(&self) -> String {
        let mut s = format!(
            "{} ({} row{} with a value",
            self.effect.describe(),
            self.rows,
            if self.rows == 1 { "" } else { "s" }
        );
        match &self.effect {
            Effect::Narrow { .. } => s.push_str(" longer than that"),
            Effect::EnumShrink { .. } => s.push_str(" outside them"),
            _ => {}
        }
        if !self.keys.is_empty() {
            s.push_str(&format!(": {}", self.keys.join(", ")));
        }
        s.push(')');
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
        let list = |vals: &[String]| {
            vals.iter()
                .map(|v| d.literal(v))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (cond, keyed) = match e {
            Effect::DropTable { .. } => ("1 = 1".to_string(), false),
            Effect::DropColumn { column, .. } => (format!("{} IS NOT NULL", col(column)), false),
            Effect::Narrow { column, len, .. } => {
                (format!("{} > {len}", d.char_length(&col(column))), true)
            }
            Effect::EnumShrink {
                column,
                kept,
                remapped,
                ..
            } => {
                let safe: Vec<String> = kept.iter().chain(remapped).cloned().collect();
                (
                    format!(
                        "{c} IS NOT NULL AND {c} NOT IN ({})",
                        list(&safe),
                        c = d.text_of(&col(column))
                    ),
                    true,
                )
            }
            Effect::Nulls { column, only, .. } => match only {
                Some((w, vals)) => (
                    format!(
                        "{} IS NOT NULL AND {} IN ({})",
                        col(column),
                        d.text_of(&col(w)),
                        list(vals)
                    ),
                    false,
                ),
                None => (format!("{} IS NOT NULL", col(column)), false),
            },
        };
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
        if keyed {
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
        });
    }
    Ok(out)
}

/// Refuses a plan that would destroy what `losses` list, unless allowed.
pub fn refuse(what: &str, losses: &[Loss], allowed: bool) -> Result<(), Error> {
    if losses.is_empty() || allowed {
        return Ok(());
    }
    let listed: Vec<String> = losses.iter().map(Loss::describe).collect();
    Err(Error::DataLoss(format!(
        "{what} would destroy data: {}; nothing was changed (--allow-data-loss, or \
         AST_SCHEMA_ALLOW_DATA_LOSS=1, goes ahead)",
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
mod tests {
    use super::*;
    use crate::definitions::ops::{AlterColumn, Update};
    use crate::model::tests::col;

    fn base() -> Schema {
        let mut s = Schema::default();
        s.apply(
            &Op::CreateTable {
                table: "t".into(),
                columns: vec![
                    col("id", "string(80)"),
                    col("a", "string(10)"),
                    col("b", "text"),
                ],
                primary_key: None,
                unique: vec![],
                foreign_keys: vec![],
            },
            Dialect::Sqlite,
        )
        .unwrap();
        s
    }

    #[test]
    fn a_column_copied_before_it_is_dropped_loses_nothing() {
        let copy = Op::Update(Update {
            table: "t".into(),
            column: "b".into(),
            value: None,
            null: false,
            from_column: Some("a".into()),
            where_in: None,
            where_column: None,
        });
        let drop_a = Op::DropColumn {
            table: "t".into(),
            column: "a".into(),
        };
        let drop_b = Op::DropColumn {
            table: "t".into(),
            column: "b".into(),
        };
        let e = effects(
            &[&copy, &drop_a, &drop_b],
            &mut base(),
            Dialect::Sqlite,
            false,
        )
        .unwrap();
        assert_eq!(
            e,
            [Effect::DropColumn {
                table: "t".into(),
                column: "b".into()
            }]
        );
    }

    #[test]
    fn upgrades_are_held_only_to_narrowing_and_enum_values() {
        let narrow = Op::AlterColumn(AlterColumn {
            table: "t".into(),
            column: "id".into(),
            ty: Some("string(40)".parse().unwrap()),
            ..Default::default()
        });
        let drop = Op::DropColumn {
            table: "t".into(),
            column: "b".into(),
        };
        let up = effects(&[&narrow, &drop], &mut base(), Dialect::Mysql, true).unwrap();
        assert_eq!(
            up,
            [Effect::Narrow {
                table: "t".into(),
                column: "id".into(),
                len: 40
            }]
        );
        let down = effects(&[&narrow, &drop], &mut base(), Dialect::Mysql, false).unwrap();
        assert_eq!(down.len(), 2);
    }
}
