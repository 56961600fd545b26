//! Reconcile: take a database from one chain's schema at a revision to another's,
//! changing exactly what differs and keeping every row.
//!
//! Release branches built some revisions differently from master (an empty
//! placeholder, other columns, a revision master never had). [`diff`] compares two
//! schema models and returns the operations that turn the first into the second:
//! new enum types first, then new tables, then per table the columns to add, alter
//! and drop and the keys and indexes to change, then tables and enum types that are
//! gone. The operations are ordinary ones, so each dialect renders them as it renders
//! any migration (a SQLite rebuild keeps the rows, a PostgreSQL type change converts
//! the values).

use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{
    AlterColumn, Column, ColumnType, ConstraintKind, ForeignKeySpec, KeySpec, Op,
};
use crate::model::{ColumnDef, Schema, Table};

fn column_spec(c: &ColumnDef) -> Column {
    Column {
        name: c.name.clone(),
        ty: c.ty.clone(),
        nullable: c.nullable,
        primary_key: false,
        autoincrement: c.autoincrement,
        unique: false,
        default: c.default.clone(),
        values: c.enum_values.clone(),
    }
}

fn fk_spec(f: &crate::model::ForeignKey) -> ForeignKeySpec {
    ForeignKeySpec {
        name: Some(f.name.clone()),
        columns: f.columns.clone(),
        ref_table: f.ref_table.clone(),
        ref_columns: f.ref_columns.clone(),
        on_delete: f.on_delete.clone(),
        on_update: f.on_update.clone(),
    }
}

/// `create_table` (with every constraint named as the model names it) and its indexes.
fn create(t: &Table) -> Vec<Op> {
    let mut ops = vec![Op::CreateTable {
        table: t.name.clone(),
        columns: t.columns.iter().map(column_spec).collect(),
        primary_key: t.primary_key.as_ref().map(|k| KeySpec {
            name: Some(k.name.clone()),
            columns: k.columns.clone(),
        }),
        unique: t
            .uniques
            .iter()
            .map(|k| KeySpec {
                name: Some(k.name.clone()),
                columns: k.columns.clone(),
            })
            .collect(),
        foreign_keys: t.foreign_keys.iter().map(fk_spec).collect(),
    }];
    for i in &t.indexes {
        ops.push(Op::CreateIndex {
            name: i.name.clone(),
            table: t.name.clone(),
            columns: i.columns.clone(),
            unique: i.unique,
        });
    }
    ops
}

/// Whether two column definitions differ in what the database stores.
fn differs(a: &ColumnDef, b: &ColumnDef, d: Dialect) -> bool {
    let enum_differs = match (&a.ty, &b.ty) {
        (ColumnType::Enum(x), ColumnType::Enum(y)) if d == Dialect::Postgresql => x != y,
        (ColumnType::Enum(_), ColumnType::Enum(_)) => a.enum_values != b.enum_values,
        _ => false,
    };
    a.ty != b.ty
        || enum_differs
        || a.nullable != b.nullable
        || a.default != b.default
        || a.autoincrement != b.autoincrement
}

/// Whether a column's enum type is one being replaced (its values changed).
fn uses_replaced(c: &ColumnDef, replaced: &[(String, String)]) -> bool {
    matches!(&c.ty, ColumnType::Enum(n) if replaced.iter().any(|(name, _)| name == n))
}

/// The operations that turn `from` into `to` on dialect `d`.
pub fn diff(from: &Schema, to: &Schema, d: Dialect) -> Vec<Op> {
    let mut ops = Vec::new();
    // Enum types whose values changed are replaced: the old one is renamed out of
    // the way, the new one created, the columns converted, the old one dropped.
    let mut replaced = Vec::new();
    for e in &to.enums {
        match from.enum_type(&e.name) {
            None => ops.push(Op::CreateEnum {
                name: e.name.clone(),
                values: e.values.clone(),
            }),
            Some(old) if old.values != e.values => {
                let aside = format!("{}_reconcile_old", e.name);
                ops.push(Op::RenameEnum {
                    name: e.name.clone(),
                    new_name: aside.clone(),
                });
                ops.push(Op::CreateEnum {
                    name: e.name.clone(),
                    values: e.values.clone(),
                });
                replaced.push((e.name.clone(), aside));
            }
            Some(_) => {}
        }
    }
    for t in to.tables.iter().filter(|t| from.table(&t.name).is_none()) {
        ops.extend(create(t));
    }
    for old in &from.tables {
        let Some(new) = to.table(&old.name) else {
            continue;
        };
        let name = &old.name;
        // Keys, indexes and foreign keys that change go first, so columns can move.
        if old.primary_key != new.primary_key {
            if let Some(k) = &old.primary_key {
                ops.push(Op::DropConstraint {
                    name: k.name.clone(),
                    table: name.clone(),
                    kind: ConstraintKind::PrimaryKey,
                });
            }
        }
        for f in old
            .foreign_keys
            .iter()
            .filter(|f| !new.foreign_keys.contains(f))
        {
            ops.push(Op::DropConstraint {
                name: f.name.clone(),
                table: name.clone(),
                kind: ConstraintKind::ForeignKey,
            });
        }
        for k in old.uniques.iter().filter(|k| {
            !new.uniques
                .iter()
                .any(|n| n.name == k.name && n.columns == k.columns)
        }) {
            ops.push(Op::DropConstraint {
                name: k.name.clone(),
                table: name.clone(),
                kind: ConstraintKind::Unique,
            });
        }
        for i in old.indexes.iter().filter(|i| !new.indexes.contains(i)) {
            ops.push(Op::DropIndex {
                name: i.name.clone(),
                table: name.clone(),
            });
        }
        for c in &new.columns {
            match old.column(&c.name) {
                None => ops.push(Op::AddColumn {
                    table: name.clone(),
                    column: column_spec(c),
                }),
                Some(was) if differs(was, c, d) || uses_replaced(was, &replaced) => {
                    ops.push(Op::AlterColumn(AlterColumn {
                        table: name.clone(),
                        column: c.name.clone(),
                        ty: Some(c.ty.clone()),
                        nullable: Some(c.nullable),
                        new_name: None,
                        autoincrement: Some(c.autoincrement),
                        default: c.default.clone(),
                        drop_default: c.default.is_none() && was.default.is_some(),
                        values: c.enum_values.clone(),
                        using: None,
                    }))
                }
                Some(_) => {}
            }
        }
        for c in old.columns.iter().filter(|c| new.column(&c.name).is_none()) {
            ops.push(Op::DropColumn {
                table: name.clone(),
                column: c.name.clone(),
            });
        }
        // Columns a branch added in another order, or added here at the end, are put
        // where the target has them (PostgreSQL rebuilds the table for that, which it
        // cannot do for a table with a SERIAL column or one a foreign key points at).
        let kept = old
            .columns
            .iter()
            .map(|c| c.name.as_str())
            .filter(|c| new.column(c).is_some());
        let added = new
            .columns
            .iter()
            .map(|c| c.name.as_str())
            .filter(|c| old.column(c).is_none());
        let order_after: Vec<&str> = kept.chain(added).collect();
        let target: Vec<&str> = new.columns.iter().map(|c| c.name.as_str()).collect();
        if order_after != target
            && (d != Dialect::Postgresql || crate::dialect::postgres::can_rebuild(to, name))
        {
            ops.push(Op::ReorderColumns {
                table: name.clone(),
                columns: target.iter().map(|c| c.to_string()).collect(),
            });
        }
        if old.primary_key != new.primary_key {
            if let Some(k) = &new.primary_key {
                ops.push(Op::CreatePrimaryKey {
                    name: k.name.clone(),
                    table: name.clone(),
                    columns: k.columns.clone(),
                });
            }
        }
        for k in new.uniques.iter().filter(|k| {
            !old.uniques
                .iter()
                .any(|o| o.name == k.name && o.columns == k.columns)
        }) {
            ops.push(Op::CreateUnique {
                name: k.name.clone(),
                table: name.clone(),
                columns: k.columns.clone(),
            });
        }
        for i in new.indexes.iter().filter(|i| !old.indexes.contains(i)) {
            ops.push(Op::CreateIndex {
                name: i.name.clone(),
                table: name.clone(),
                columns: i.columns.clone(),
                unique: i.unique,
            });
        }
        for f in new
            .foreign_keys
            .iter()
            .filter(|f| !old.foreign_keys.contains(f))
        {
            ops.push(Op::CreateForeignKey {
                name: f.name.clone(),
                table: name.clone(),
                columns: f.columns.clone(),
                ref_table: f.ref_table.clone(),
                ref_columns: f.ref_columns.clone(),
                on_delete: f.on_delete.clone(),
                on_update: f.on_update.clone(),
            });
        }
    }
    for t in from.tables.iter().filter(|t| to.table(&t.name).is_none()) {
        ops.push(Op::DropTable {
            table: t.name.clone(),
        });
    }
    for (_, aside) in replaced {
        ops.push(Op::DropEnum { name: aside });
    }
    for e in from
        .enums
        .iter()
        .filter(|e| to.enum_type(&e.name).is_none())
    {
        ops.push(Op::DropEnum {
            name: e.name.clone(),
        });
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::col;

    fn schema(ops: &[Op], d: Dialect) -> Schema {
        let mut s = Schema::default();
        for op in ops {
            s.apply(op, d).unwrap();
        }
        s
    }

    #[test]
    fn diff_turns_one_schema_into_the_other() {
        let yesno = Op::CreateEnum {
            name: "yesno".into(),
            values: vec!["yes".into(), "no".into()],
        };
        let a = vec![
            yesno.clone(),
            Op::CreateTable {
                table: "t".into(),
                columns: vec![
                    col("id", "string(40)"),
                    col("old", "integer"),
                    col("flag", "enum(yesno)"),
                ],
                primary_key: None,
                unique: vec![],
                foreign_keys: vec![],
            },
        ];
        let b = vec![
            Op::CreateEnum {
                name: "yesno".into(),
                values: vec!["yes".into(), "no".into(), "maybe".into()],
            },
            Op::CreateTable {
                table: "t".into(),
                columns: vec![
                    col("id", "string(80)"),
                    col("flag", "enum(yesno)"),
                    col("new", "text"),
                ],
                primary_key: None,
                unique: vec![],
                foreign_keys: vec![],
            },
            Op::CreateTable {
                table: "u".into(),
                columns: vec![col("x", "integer")],
                primary_key: None,
                unique: vec![],
                foreign_keys: vec![],
            },
        ];
        for d in Dialect::ALL {
            let (from, to) = (schema(&a, d), schema(&b, d));
            let mut s = from.clone();
            for op in diff(&from, &to, d) {
                s.apply(&op, d)
                    .unwrap_or_else(|e| panic!("{d}: {}: {e}", op.describe()));
            }
            assert!(crate::dialect::expected::same_schema(&s, &to, d), "{d}");
        }
    }
}
