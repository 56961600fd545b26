//! The schema model: what a database looks like after a sequence of operations.
//!
//! The engine folds every operation into a [`Schema`] for the target dialect as it
//! renders it, so renderers can restate a full column (MySQL `MODIFY`), rebuild a table
//! (SQLite), and reject a migration that names a table, column or enum that is not
//! there. Folding is per dialect because a few outcomes differ: the names a database
//! gives unnamed constraints, and what dropping an indexed column does to its indexes.

pub mod compare;

mod fold;
mod naming;
mod table;
#[cfg(test)]
pub(crate) mod tests;

use crate::definitions::ops::ColumnType;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Schema {
    pub tables: Vec<Table>,
    /// Registered enums in creation order (PostgreSQL types; a registry elsewhere).
    pub enums: Vec<EnumType>,
    /// Triggers and views that no revision made, read from a live database so that
    /// a table rebuild can carry them across (see [`Unowned`]).
    pub unowned: Vec<UnownedObject>,
}

/// A trigger or view on a live database that no revision created.
#[derive(Debug, Clone, PartialEq)]
pub struct UnownedObject {
    pub kind: UnownedKind,
    pub name: String,
    /// The table a trigger is on (empty for a view).
    pub table: String,
    /// Its `CREATE ...` statement, as the database keeps it.
    pub sql: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnownedKind {
    Trigger,
    View,
}

/// What a live table has that no revision made (an operator's column or index).
/// Renderers never create or alter it, but a table rebuild (SQLite, and
/// PostgreSQL's to reorder columns) carries it across: its columns keep their
/// values, its indexes are made again.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Unowned {
    /// Column name and its declaration (`"my_note" TEXT DEFAULT 'x'`).
    pub columns: Vec<(String, String)>,
    /// Index name and its `CREATE INDEX` statement.
    pub indexes: Vec<(String, String)>,
    /// PostgreSQL: statements that make again, on the rebuilt table, what the
    /// old one had besides columns and indexes (constraints, triggers, comments,
    /// grants, owner, other tables' foreign keys to it).
    pub after: Vec<String>,
    /// PostgreSQL: statements to run before the old table is dropped (sequences
    /// moved to the new table, other tables' foreign keys to it dropped).
    pub before_drop: Vec<String>,
    /// What a rebuild could not carry across; a rebuild is refused while any.
    pub blockers: Vec<String>,
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
    /// What the live table has besides (empty unless read from a database).
    pub unowned: Unowned,
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

    pub(crate) fn column_mut(&mut self, name: &str) -> Result<&mut ColumnDef, String> {
        let t = self.name.clone();
        self.columns
            .iter_mut()
            .find(|c| c.name == name)
            .ok_or_else(|| format!("column {t}.{name} does not exist"))
    }

    pub(crate) fn require_columns(&self, cols: &[String]) -> Result<(), String> {
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

    pub(crate) fn index_names(&self) -> impl Iterator<Item = &str> {
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

    pub(crate) fn table_mut(&mut self, name: &str) -> Result<&mut Table, String> {
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
    pub(crate) fn name_in_use(&self, name: &str) -> Option<&str> {
        self.tables
            .iter()
            .find(|t| {
                t.index_names().any(|n| n == name) || t.foreign_keys.iter().any(|f| f.name == name)
            })
            .map(|t| t.name.as_str())
    }
}
