//! The schema model: what a database looks like after a sequence of operations.
//!
//! The runner folds every operation into a [`Schema`] for the target dialect as it
//! renders it, so renderers can restate a full column (MySQL `MODIFY`), rebuild a table
//! (SQLite), and reject a migration that names a table, column or enum that is not
//! there. Folding is per dialect because a few outcomes differ: the names a database
//! gives unnamed constraints, and what dropping an indexed column does to its indexes.

use crate::definitions::dialect::Dialect;
pub mod compare;

use crate::definitions::ops::{
    AlterColumn, Column, ColumnType, ConstraintKind, ForeignKeySpec, KeySpec, Op,
};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Schema {
    pub tables: Vec<Table>,
    /// Registered enums in creation order (PostgreSQL types; a registry elsewhere).
    pub enums: Vec<EnumType>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumType {
    pub name: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: String,
    pub columns: Vec<ColumnDef>,
    pub primary_key: Option<Key>,
    pub uniques: Vec<Key>,
    pub indexes: Vec<Index>,
    pub foreign_keys: Vec<ForeignKey>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ColumnDef {
    pub name: String,
    pub ty: ColumnType,
    /// For enum columns: the values this column allows on MySQL and SQLite.
    pub enum_values: Option<Vec<String>>,
    pub nullable: bool,
    pub default: Option<String>,
    pub autoincrement: bool,
}

/// A primary key or unique constraint. `name` is what the database calls it; when the
/// migration gave no name (`explicit` false) it is the name the dialect will choose.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub name: String,
    pub explicit: bool,
    pub columns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    pub name: String,
    pub columns: Vec<String>,
    pub unique: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ForeignKey {
    pub name: String,
    pub explicit: bool,
    pub columns: Vec<String>,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    pub on_delete: Option<String>,
    pub on_update: Option<String>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&ColumnDef> {
        self.columns.iter().find(|c| c.name == name)
    }

    fn column_mut(&mut self, name: &str) -> Result<&mut ColumnDef, String> {
        let t = self.name.clone();
        self.columns
            .iter_mut()
            .find(|c| c.name == name)
            .ok_or_else(|| format!("column {t}.{name} does not exist"))
    }

    fn require_columns(&self, cols: &[String]) -> Result<(), String> {
        if cols.is_empty() {
            return Err(format!("empty column list on table {}", self.name));
        }
        for c in cols {
            if self.column(c).is_none() {
                return Err(format!("column {}.{c} does not exist", self.name));
            }
        }
        Ok(())
    }

    /// Whether `column` takes part in any key, index or foreign key of this table.
    pub fn column_is_constrained(&self, column: &str) -> bool {
        let has = |cols: &[String]| cols.iter().any(|c| c == column);
        self.primary_key.as_ref().is_some_and(|k| has(&k.columns))
            || self.uniques.iter().any(|k| has(&k.columns))
            || self.indexes.iter().any(|i| has(&i.columns))
            || self.foreign_keys.iter().any(|f| has(&f.columns))
    }

    /// The autoincrement primary-key column, if the key is a single such column.
    pub fn autoincrement_pk(&self) -> Option<&ColumnDef> {
        let pk = self.primary_key.as_ref()?;
        match pk.columns.as_slice() {
            [only] => self.column(only).filter(|c| c.autoincrement),
            _ => None,
        }
    }

    fn index_names(&self) -> impl Iterator<Item = &str> {
        self.uniques
            .iter()
            .map(|k| k.name.as_str())
            .chain(self.indexes.iter().map(|i| i.name.as_str()))
            .chain(self.primary_key.iter().map(|k| k.name.as_str()))
    }
}

impl Schema {
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    pub fn require_table(&self, name: &str) -> Result<&Table, String> {
        self.table(name)
            .ok_or_else(|| format!("table {name} does not exist"))
    }

    fn table_mut(&mut self, name: &str) -> Result<&mut Table, String> {
        self.tables
            .iter_mut()
            .find(|t| t.name == name)
            .ok_or_else(|| format!("table {name} does not exist"))
    }

    pub fn enum_type(&self, name: &str) -> Option<&EnumType> {
        self.enums.iter().find(|e| e.name == name)
    }

    /// Every index or constraint name in the schema (PostgreSQL and SQLite keep index
    /// names schema-wide, so ast-schema insists on that everywhere).
    fn name_in_use(&self, name: &str) -> Option<&str> {
        self.tables
            .iter()
            .find(|t| {
                t.index_names().any(|n| n == name) || t.foreign_keys.iter().any(|f| f.name == name)
            })
            .map(|t| t.name.as_str())
    }

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

    fn resolve_enum(
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
                    let i = t.columns.iter().position(|c| c.name == *name).unwrap_or(0);
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

    fn foreign_key(
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

fn default_pk_name(table: &str, dialect: Dialect) -> String {
    match dialect {
        Dialect::Mysql => "PRIMARY".to_string(),
        Dialect::Postgresql => pg_name(&format!("{table}_pkey")),
        Dialect::Sqlite => format!("{table}_pkey"),
    }
}

/// The name a database gives an unnamed UNIQUE: MySQL uses the first column's name
/// (with `_2`, `_3` ... when taken), PostgreSQL `<table>_<cols>_key`.
fn auto_unique_name(t: &Table, columns: &[String], dialect: Dialect) -> String {
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A plain nullable column of type `ty` (the neutral spelling), for tests.
    pub(crate) fn col(name: &str, ty: &str) -> Column {
        Column {
            name: name.into(),
            ty: ty.parse().unwrap(),
            nullable: true,
            primary_key: false,
            autoincrement: false,
            unique: false,
            default: None,
            values: None,
        }
    }

    fn table_op(name: &str, cols: Vec<Column>) -> Op {
        Op::CreateTable {
            table: name.into(),
            columns: cols,
            primary_key: None,
            unique: vec![],
            foreign_keys: vec![],
        }
    }

    #[test]
    fn unnamed_unique_gets_the_name_each_database_chooses() {
        let mut id = col("id", "string(40)");
        id.unique = true;
        for (d, want) in [
            (Dialect::Mysql, "id"),
            (Dialect::Postgresql, "ps_aors_id_key"),
        ] {
            let mut s = Schema::default();
            s.apply(&table_op("ps_aors", vec![id.clone()]), d).unwrap();
            assert_eq!(s.tables[0].uniques[0].name, want);
        }
    }

    #[test]
    fn enum_column_needs_a_registered_type_on_postgresql() {
        let mut s = Schema::default();
        let err = s
            .apply(
                &table_op("t", vec![col("c", "enum(yesno_values)")]),
                Dialect::Postgresql,
            )
            .unwrap_err();
        assert!(err.contains("yesno_values"), "{err}");
        s.apply(
            &Op::CreateEnum {
                name: "yesno_values".into(),
                values: vec!["yes".into(), "no".into()],
            },
            Dialect::Postgresql,
        )
        .unwrap();
        s.apply(
            &table_op("t", vec![col("c", "enum(yesno_values)")]),
            Dialect::Postgresql,
        )
        .unwrap();
        assert_eq!(
            s.tables[0].columns[0].enum_values.as_deref(),
            Some(&["yes".to_string(), "no".to_string()][..])
        );
        let err = s
            .apply(
                &Op::DropEnum {
                    name: "yesno_values".into(),
                },
                Dialect::Postgresql,
            )
            .unwrap_err();
        assert!(err.contains("still used by column t.c"), "{err}");
    }

    #[test]
    fn dropping_an_indexed_column_differs_between_mysql_and_postgresql() {
        for (d, left) in [
            (Dialect::Mysql, Some(vec!["b".to_string()])),
            (Dialect::Postgresql, None),
        ] {
            let mut s = Schema::default();
            s.apply(
                &table_op(
                    "t",
                    vec![
                        col("a", "integer"),
                        col("b", "integer"),
                        col("c", "integer"),
                    ],
                ),
                d,
            )
            .unwrap();
            s.apply(
                &Op::CreateIndex {
                    name: "t_ab".into(),
                    table: "t".into(),
                    columns: vec!["a".into(), "b".into()],
                    unique: false,
                },
                d,
            )
            .unwrap();
            s.apply(
                &Op::DropColumn {
                    table: "t".into(),
                    column: "a".into(),
                },
                d,
            )
            .unwrap();
            assert_eq!(
                s.tables[0].indexes.first().map(|i| i.columns.clone()),
                left,
                "{d}"
            );
        }
    }

    #[test]
    fn missing_tables_and_columns_are_named() {
        let mut s = Schema::default();
        let err = s
            .apply(
                &Op::DropColumn {
                    table: "nope".into(),
                    column: "x".into(),
                },
                Dialect::Sqlite,
            )
            .unwrap_err();
        assert_eq!(err, "table nope does not exist");
        s.apply(
            &table_op("t", vec![col("a", "integer"), col("b", "integer")]),
            Dialect::Sqlite,
        )
        .unwrap();
        let err = s
            .apply(
                &Op::DropColumn {
                    table: "t".into(),
                    column: "x".into(),
                },
                Dialect::Sqlite,
            )
            .unwrap_err();
        assert_eq!(err, "column t.x does not exist");
    }
}
