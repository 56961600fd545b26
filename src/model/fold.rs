//! Folding: what each operation does to the model, on each dialect.

use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{AlterColumn, ColumnType, ConstraintKind, ForeignKeySpec, Op};

use super::naming::auto_unique_name;
use super::{EnumType, Index, Key, Schema, Table};

impl Schema {
    /// Applies one operation to the model, or says why it cannot apply.
    pub fn apply(&mut self, op: &Op, dialect: Dialect) -> Result<(), String> {
        match op {
            Op::CreateTable { .. } => {
                let t = self.created_table(op, dialect)?;
                self.tables.push(t);
            }
            Op::DropTable { table } => {
                self.require_table(table)?;
                if let Some(other) = self.tables.iter().find(|t| {
                    t.name != *table && t.foreign_keys.iter().any(|f| f.ref_table == *table)
                }) {
                    return Err(format!(
                        "table {table} is still referenced by a foreign key of {}",
                        other.name
                    ));
                }
                self.tables.retain(|t| t.name != *table);
            }
            Op::AddColumn { table, column } => {
                if column.primary_key {
                    return Err(format!(
                        "add_column {table}.{}: a primary key cannot be added as a column",
                        column.name
                    ));
                }
                let def = self.column_def(column, dialect)?;
                let t = self.table_mut(table)?;
                if t.column(&column.name).is_some() {
                    return Err(format!("column {table}.{} already exists", column.name));
                }
                t.columns.push(def);
                if column.unique {
                    let name = auto_unique_name(t, std::slice::from_ref(&column.name), dialect);
                    t.uniques.push(Key {
                        name,
                        explicit: false,
                        columns: vec![column.name.clone()],
                    });
                }
            }
            Op::DropColumn { table, column } => {
                let t = self.table_mut(table)?;
                t.column_mut(column)?;
                if t.columns.len() == 1 {
                    return Err(format!(
                        "cannot drop {table}.{column}: it is the table's only column"
                    ));
                }
                t.columns.retain(|c| c.name != *column);
                drop_column_from_keys(t, column, dialect);
            }
            Op::AlterColumn(a) => self.alter_column(a, dialect)?,
            Op::CreateIndex {
                name,
                table,
                columns,
                unique,
            } => {
                if let Some(other) = self.name_in_use(name) {
                    return Err(format!(
                        "index name {name} is already used on table {other}"
                    ));
                }
                let t = self.table_mut(table)?;
                t.require_columns(columns)?;
                t.indexes.push(Index {
                    name: name.clone(),
                    columns: columns.clone(),
                    unique: *unique,
                });
            }
            Op::DropIndex { name, table } => {
                let t = self.table_mut(table)?;
                let before = t.indexes.len();
                t.indexes.retain(|i| i.name != *name);
                if t.indexes.len() == before {
                    return Err(format!("index {name} does not exist on table {table}"));
                }
            }
            Op::CreateUnique {
                name,
                table,
                columns,
            } => {
                if let Some(other) = self.name_in_use(name) {
                    return Err(format!(
                        "constraint name {name} is already used on table {other}"
                    ));
                }
                let t = self.table_mut(table)?;
                t.require_columns(columns)?;
                t.uniques.push(Key {
                    name: name.clone(),
                    explicit: true,
                    columns: columns.clone(),
                });
            }
            Op::CreatePrimaryKey {
                name,
                table,
                columns,
            } => {
                let t = self.table_mut(table)?;
                if t.primary_key.is_some() {
                    return Err(format!("table {table} already has a primary key"));
                }
                t.require_columns(columns)?;
                for c in columns {
                    t.column_mut(c)?.nullable = false;
                }
                t.primary_key = Some(Key {
                    name: name.clone(),
                    explicit: true,
                    columns: columns.clone(),
                });
            }
            Op::CreateForeignKey {
                name,
                table,
                columns,
                ref_table,
                ref_columns,
                on_delete,
                on_update,
            } => {
                let spec = ForeignKeySpec {
                    name: Some(name.clone()),
                    columns: columns.clone(),
                    ref_table: ref_table.clone(),
                    ref_columns: ref_columns.clone(),
                    on_delete: on_delete.clone(),
                    on_update: on_update.clone(),
                };
                let fk = self.foreign_key(table, &spec, dialect, self.require_table(table)?)?;
                self.table_mut(table)?.foreign_keys.push(fk);
            }
            Op::DropConstraint { name, table, kind } => {
                let t = self.table_mut(table)?;
                let found = match kind {
                    ConstraintKind::Unique => remove_where(&mut t.uniques, |k| k.name == *name),
                    ConstraintKind::ForeignKey => {
                        remove_where(&mut t.foreign_keys, |f| f.name == *name)
                    }
                    ConstraintKind::PrimaryKey => {
                        let hit = t
                            .primary_key
                            .as_ref()
                            .is_some_and(|k| k.name == *name || dialect == Dialect::Mysql);
                        if hit {
                            t.primary_key = None;
                        }
                        hit
                    }
                    ConstraintKind::Check => {
                        return Err(format!(
                            "drop_constraint {name}: check constraints are not modelled"
                        ))
                    }
                };
                if !found {
                    return Err(format!("constraint {name} does not exist on table {table}"));
                }
            }
            Op::CreateEnum { name, values } => {
                if self.enum_type(name).is_some() {
                    return Err(format!("enum {name} already exists"));
                }
                if values.is_empty() {
                    return Err(format!("enum {name} has no values"));
                }
                let mut seen = std::collections::HashSet::new();
                if let Some(dup) = values.iter().find(|v| !seen.insert(v.as_str())) {
                    return Err(format!("enum {name} lists {dup:?} twice"));
                }
                self.enums.push(EnumType {
                    name: name.clone(),
                    values: values.clone(),
                });
            }
            Op::DropEnum { name } => {
                if self.enum_type(name).is_none() {
                    return Err(format!("enum {name} does not exist"));
                }
                if dialect == Dialect::Postgresql {
                    if let Some((t, c)) = self.enum_user(name) {
                        return Err(format!("enum {name} is still used by column {t}.{c}"));
                    }
                }
                self.enums.retain(|e| e.name != *name);
            }
            Op::ReorderColumns { table, columns } => {
                let t = self.table_mut(table)?;
                let mut now: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
                let mut want: Vec<&str> = columns.iter().map(String::as_str).collect();
                now.sort_unstable();
                want.sort_unstable();
                if now != want {
                    return Err(format!("reorder_columns {table}: the list must name every column of the table once"));
                }
                let mut reordered = Vec::with_capacity(t.columns.len());
                for name in columns {
                    let i = t
                        .columns
                        .iter()
                        .position(|c| c.name == *name)
                        .ok_or_else(|| {
                            format!("reorder_columns {table}: {name} is listed twice")
                        })?;
                    reordered.push(t.columns.remove(i));
                }
                t.columns = reordered;
            }
            Op::RenameEnum { name, new_name } => {
                if self.enum_type(new_name).is_some() {
                    return Err(format!("enum {new_name} already exists"));
                }
                let e = self
                    .enums
                    .iter_mut()
                    .find(|e| e.name == *name)
                    .ok_or_else(|| format!("enum {name} does not exist"))?;
                e.name = new_name.clone();
                for c in self.tables.iter_mut().flat_map(|t| t.columns.iter_mut()) {
                    if c.ty == ColumnType::Enum(name.clone()) {
                        c.ty = ColumnType::Enum(new_name.clone());
                    }
                }
            }
            Op::Update(u) => {
                let t = self.require_table(&u.table)?;
                u.new_value()?;
                let mut cols = vec![u.column.clone()];
                cols.extend(u.from_column.clone());
                cols.extend(u.where_column.clone());
                t.require_columns(&cols)?;
            }
            Op::Sql { .. } => {}
        }
        Ok(())
    }

    fn enum_user(&self, name: &str) -> Option<(&str, &str)> {
        self.tables.iter().find_map(|t| {
            t.columns
                .iter()
                .find(|c| c.ty == ColumnType::Enum(name.to_string()))
                .map(|c| (t.name.as_str(), c.name.as_str()))
        })
    }

    fn alter_column(&mut self, a: &AlterColumn, dialect: Dialect) -> Result<(), String> {
        let enum_values = match &a.ty {
            Some(ty) => self.resolve_enum(ty, a.values.as_ref(), dialect, &a.column)?,
            None if a.values.is_some() => {
                return Err(format!(
                    "alter_column {}.{}: `values` needs `type`",
                    a.table, a.column
                ))
            }
            None => None,
        };
        if a.default.is_some() && a.drop_default {
            return Err(format!(
                "alter_column {}.{}: both `default` and `drop_default`",
                a.table, a.column
            ));
        }
        let t = self.table_mut(&a.table)?;
        if let Some(new) = &a.new_name {
            if t.column(new).is_some() {
                return Err(format!(
                    "cannot rename {}.{} to {new}: that column exists",
                    a.table, a.column
                ));
            }
        }
        let in_pk = t
            .primary_key
            .as_ref()
            .is_some_and(|k| k.columns.contains(&a.column));
        let c = t.column_mut(&a.column)?;
        if let Some(ty) = &a.ty {
            if c.autoincrement && !ty.is_integer() {
                return Err(format!(
                    "alter_column {}.{}: an autoincrement column must stay an integer",
                    a.table, a.column
                ));
            }
            c.ty = ty.clone();
            c.enum_values = enum_values;
        }
        if let Some(n) = a.nullable {
            if n && in_pk {
                return Err(format!(
                    "alter_column {}.{}: a primary key column cannot be nullable",
                    a.table, a.column
                ));
            }
            c.nullable = n;
        }
        if let Some(d) = &a.default {
            c.default = Some(d.clone());
        }
        if a.drop_default {
            c.default = None;
        }
        // Only MySQL can switch AUTO_INCREMENT on an existing column; Alembic ignores
        // the flag on PostgreSQL, and SQLite has no such column attribute.
        if let (Some(ai), Dialect::Mysql) = (a.autoincrement, dialect) {
            if ai && !c.ty.is_integer() {
                return Err(format!(
                    "alter_column {}.{}: autoincrement needs an integer type",
                    a.table, a.column
                ));
            }
            c.autoincrement = ai;
        }
        if let Some(new) = &a.new_name {
            c.name = new.clone();
            rename_in_keys(t, &a.column, new);
            let table = a.table.clone();
            for other in self.tables.iter_mut() {
                for f in other
                    .foreign_keys
                    .iter_mut()
                    .filter(|f| f.ref_table == table)
                {
                    for rc in f.ref_columns.iter_mut().filter(|rc| **rc == a.column) {
                        *rc = new.clone();
                    }
                }
            }
        }
        Ok(())
    }
}

fn remove_where<T>(v: &mut Vec<T>, pred: impl Fn(&T) -> bool) -> bool {
    let before = v.len();
    v.retain(|x| !pred(x));
    v.len() != before
}

fn rename_in_keys(t: &mut Table, old: &str, new: &str) {
    let fix = |cols: &mut Vec<String>| {
        for c in cols.iter_mut().filter(|c| *c == old) {
            *c = new.to_string();
        }
    };
    if let Some(k) = t.primary_key.as_mut() {
        fix(&mut k.columns);
    }
    t.uniques.iter_mut().for_each(|k| fix(&mut k.columns));
    t.indexes.iter_mut().for_each(|i| fix(&mut i.columns));
    t.foreign_keys.iter_mut().for_each(|f| fix(&mut f.columns));
}

/// What dropping a column does to the keys and indexes that use it: MySQL takes the
/// column out of each index (dropping an index left empty); PostgreSQL drops every
/// index and constraint that uses it; SQLite is rebuilt the PostgreSQL way.
fn drop_column_from_keys(t: &mut Table, column: &str, dialect: Dialect) {
    let uses = |cols: &[String]| cols.iter().any(|c| c == column);
    if dialect == Dialect::Mysql {
        let strip = |cols: &mut Vec<String>| cols.retain(|c| c != column);
        if let Some(k) = t.primary_key.as_mut() {
            strip(&mut k.columns);
        }
        t.uniques.iter_mut().for_each(|k| strip(&mut k.columns));
        t.indexes.iter_mut().for_each(|i| strip(&mut i.columns));
        if t.primary_key.as_ref().is_some_and(|k| k.columns.is_empty()) {
            t.primary_key = None;
        }
        t.uniques.retain(|k| !k.columns.is_empty());
        t.indexes.retain(|i| !i.columns.is_empty());
        t.foreign_keys.retain(|f| !uses(&f.columns));
    } else {
        if t.primary_key.as_ref().is_some_and(|k| uses(&k.columns)) {
            t.primary_key = None;
        }
        t.uniques.retain(|k| !uses(&k.columns));
        t.indexes.retain(|i| !uses(&i.columns));
        t.foreign_keys.retain(|f| !uses(&f.columns));
    }
}
