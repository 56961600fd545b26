//! Building tables and columns of the model from their declarations, with the
//! names each database gives what a migration leaves unnamed.

use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{Column, ColumnType, ForeignKeySpec, KeySpec, Op};

use super::naming::{auto_unique_name, default_pk_name};
use super::{ColumnDef, ForeignKey, Key, Schema, Table};

impl Schema {
    /// Builds the model of a column, resolving an enum reference to its values.
    pub fn column_def(&self, c: &Column, dialect: Dialect) -> Result<ColumnDef, String> {
        if c.autoincrement && !c.ty.is_integer() {
            return Err(format!(
                "column {}: autoincrement needs an integer type",
                c.name
            ));
        }
        let enum_values = self.resolve_enum(&c.ty, c.values.as_ref(), dialect, &c.name)?;
        Ok(ColumnDef {
            name: c.name.clone(),
            ty: c.ty.clone(),
            enum_values,
            nullable: c.nullable && !c.primary_key,
            default: c.default.clone(),
            autoincrement: c.autoincrement,
        })
    }

    pub(super) fn resolve_enum(
        &self,
        ty: &ColumnType,
        values: Option<&Vec<String>>,
        dialect: Dialect,
        column: &str,
    ) -> Result<Option<Vec<String>>, String> {
        let ColumnType::Enum(name) = ty else {
            if values.is_some() {
                return Err(format!(
                    "column {column}: `values` is only for enum columns"
                ));
            }
            return Ok(None);
        };
        let registered = self.enum_type(name);
        if dialect == Dialect::Postgresql && registered.is_none() {
            return Err(format!(
                "column {column}: enum type {name} does not exist (create_enum it first)"
            ));
        }
        let vals = match (dialect, values, registered) {
            (Dialect::Postgresql, _, Some(e)) => e.values.clone(),
            (_, Some(v), _) => v.clone(),
            (_, None, Some(e)) => e.values.clone(),
            (_, None, None) => {
                return Err(format!("column {column}: enum {name} is not registered"))
            }
        };
        if vals.is_empty() {
            return Err(format!("column {column}: enum {name} has no values"));
        }
        Ok(Some(vals))
    }

    /// The table a `create_table` operation creates (validating it on the way).
    pub fn created_table(&self, op: &Op, dialect: Dialect) -> Result<Table, String> {
        match op {
            Op::CreateTable {
                table,
                columns,
                primary_key,
                unique,
                foreign_keys,
            } => self.build_table(
                table,
                columns,
                primary_key.as_ref(),
                unique,
                foreign_keys,
                dialect,
            ),
            other => Err(format!("{} creates no table", other.describe())),
        }
    }

    /// The table `op` works on as it will be after `op` (validating `op` on the way).
    /// Clones just that table (and a referenced one), not the whole schema.
    pub fn table_after(&self, op: &Op, dialect: Dialect) -> Result<Table, String> {
        let name = op
            .table()
            .ok_or_else(|| format!("{} works on no table", op.describe()))?;
        let mut mini = Schema {
            tables: vec![self.require_table(name)?.clone()],
            enums: self.enums.clone(),
            unowned: Vec::new(),
        };
        if let Op::CreateForeignKey { ref_table, .. } = op {
            if ref_table != name {
                mini.tables.push(self.require_table(ref_table)?.clone());
            }
        }
        mini.apply(op, dialect)?;
        mini.tables
            .into_iter()
            .find(|t| t.name == name)
            .ok_or_else(|| format!("table {name} does not exist"))
    }

    pub(crate) fn build_table(
        &self,
        name: &str,
        columns: &[Column],
        primary_key: Option<&KeySpec>,
        unique: &[KeySpec],
        foreign_keys: &[ForeignKeySpec],
        dialect: Dialect,
    ) -> Result<Table, String> {
        if self.table(name).is_some() {
            return Err(format!("table {name} already exists"));
        }
        if columns.is_empty() {
            return Err(format!("table {name} has no columns"));
        }
        let mut t = Table {
            name: name.to_string(),
            columns: Vec::new(),
            primary_key: None,
            uniques: Vec::new(),
            indexes: Vec::new(),
            foreign_keys: Vec::new(),
            unowned: Default::default(),
        };
        for c in columns {
            if t.column(&c.name).is_some() {
                return Err(format!("column {name}.{} is declared twice", c.name));
            }
            t.columns.push(self.column_def(c, dialect)?);
        }
        let flagged: Vec<String> = columns
            .iter()
            .filter(|c| c.primary_key)
            .map(|c| c.name.clone())
            .collect();
        let pk = match (primary_key, flagged.is_empty()) {
            (Some(_), false) => {
                return Err(format!(
                "table {name}: give the primary key either on columns or as primary_key, not both"
            ))
            }
            (Some(k), true) => Some((k.name.clone(), k.columns.clone())),
            (None, false) => Some((None, flagged)),
            (None, true) => None,
        };
        if let Some((pk_name, cols)) = pk {
            t.require_columns(&cols)?;
            for c in &cols {
                t.column_mut(c)?.nullable = false;
            }
            let explicit = pk_name.is_some();
            let name = pk_name.unwrap_or_else(|| default_pk_name(name, dialect));
            t.primary_key = Some(Key {
                name,
                explicit,
                columns: cols,
            });
        }
        // An autoincrement column leads the primary key (alone, or first of a
        // composite key as in Asterisk 12's extensions table): MySQL needs it first
        // in an index, and only one per table.
        let autos: Vec<&ColumnDef> = t.columns.iter().filter(|c| c.autoincrement).collect();
        if let Some(c) = autos.first() {
            let leads = t
                .primary_key
                .as_ref()
                .is_some_and(|k| k.columns.first() == Some(&c.name));
            if autos.len() > 1 || !leads {
                return Err(format!(
                    "column {name}.{}: autoincrement is only for one integer column leading the primary key",
                    c.name
                ));
            }
        }
        let specs = columns
            .iter()
            .filter(|c| c.unique)
            .map(|c| KeySpec {
                name: None,
                columns: vec![c.name.clone()],
            })
            .chain(unique.iter().cloned());
        for u in specs {
            t.require_columns(&u.columns)?;
            // PostgreSQL's CREATE TABLE keeps one index per column list: a UNIQUE
            // that repeats the primary key or an earlier unnamed UNIQUE is dropped.
            let repeats = t
                .primary_key
                .iter()
                .chain(t.uniques.iter())
                .any(|k| k.columns == u.columns);
            if dialect == Dialect::Postgresql && repeats && u.name.is_none() {
                continue;
            }
            let (key_name, explicit) = match &u.name {
                Some(n) => (n.clone(), true),
                None => (auto_unique_name(&t, &u.columns, dialect), false),
            };
            t.uniques.push(Key {
                name: key_name,
                explicit,
                columns: u.columns,
            });
        }
        for f in foreign_keys {
            let fk = self.foreign_key(name, f, dialect, &t)?;
            t.foreign_keys.push(fk);
        }
        Ok(t)
    }

    pub(super) fn foreign_key(
        &self,
        table: &str,
        f: &ForeignKeySpec,
        dialect: Dialect,
        t: &Table,
    ) -> Result<ForeignKey, String> {
        t.require_columns(&f.columns)?;
        let target = if f.ref_table == table {
            t
        } else {
            self.require_table(&f.ref_table)?
        };
        target.require_columns(&f.ref_columns)?;
        if f.columns.len() != f.ref_columns.len() {
            return Err(format!(
                "foreign key on {table}: {} columns reference {}",
                f.columns.len(),
                f.ref_columns.len()
            ));
        }
        let (name, explicit) = match &f.name {
            Some(n) => (n.clone(), true),
            None => (
                match dialect {
                    Dialect::Postgresql => format!("{table}_{}_fkey", f.columns[0]),
                    _ => format!("{table}_ibfk_{}", t.foreign_keys.len() + 1),
                },
                false,
            ),
        };
        Ok(ForeignKey {
            name,
            explicit,
            columns: f.columns.clone(),
            ref_table: f.ref_table.clone(),
            ref_columns: f.ref_columns.clone(),
            on_delete: f.on_delete.clone(),
            on_update: f.on_update.clone(),
        })
    }
}
