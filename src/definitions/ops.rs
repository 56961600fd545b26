//! The dialect-neutral operations a migration is made of, and column types.
//!
//! Nothing here knows SQL. A migration file (see `migration.rs`) is a list of [`Step`]s;
//! each dialect's renderer in `dialect/` matches on [`Op`] once, so adding an operation
//! makes the compiler point at every renderer that has not handled it yet.

use serde::de::{self, Deserializer};
use serde::Deserialize;
use std::fmt;
use std::str::FromStr;

use crate::definitions::dialect::Dialect;

/// A column type as written in migration files (`string(40)`, `enum(yesno_values)`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ColumnType {
    String(u32),
    Integer,
    BigInt,
    Text,
    Boolean,
    DateTime,
    Numeric(u32, u32),
    Float,
    /// Binary data; the optional length is passed to MySQL (`BLOB(n)`), which picks
    /// TINYBLOB..LONGBLOB from it.
    Blob(Option<u64>),
    /// A reference to an enum registered by `create_enum`.
    Enum(String),
}

impl ColumnType {
    pub fn is_integer(&self) -> bool {
        matches!(self, ColumnType::Integer | ColumnType::BigInt)
    }
}

impl fmt::Display for ColumnType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ColumnType::String(n) => write!(f, "string({n})"),
            ColumnType::Integer => f.write_str("integer"),
            ColumnType::BigInt => f.write_str("bigint"),
            ColumnType::Text => f.write_str("text"),
            ColumnType::Boolean => f.write_str("boolean"),
            ColumnType::DateTime => f.write_str("datetime"),
            ColumnType::Numeric(p, s) => write!(f, "numeric({p},{s})"),
            ColumnType::Float => f.write_str("float"),
            ColumnType::Blob(None) => f.write_str("blob"),
            ColumnType::Blob(Some(n)) => write!(f, "blob({n})"),
            ColumnType::Enum(name) => write!(f, "enum({name})"),
        }
    }
}

impl FromStr for ColumnType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let (head, arg) = match s.find('(') {
            Some(i) if s.ends_with(')') => (&s[..i], Some(s[i + 1..s.len() - 1].trim())),
            Some(_) => return Err(format!("unknown column type {s:?}")),
            None => (s, None),
        };
        let num = |a: &str| -> Result<u64, String> {
            a.trim()
                .parse::<u64>()
                .map_err(|_| format!("bad length {a:?} in column type {s:?}"))
        };
        let t = match (head, arg) {
            ("string", Some(n)) => ColumnType::String(
                u32::try_from(num(n)?).map_err(|_| format!("length too large in {s:?}"))?,
            ),
            ("integer", None) => ColumnType::Integer,
            ("bigint", None) => ColumnType::BigInt,
            ("text", None) => ColumnType::Text,
            ("boolean", None) => ColumnType::Boolean,
            ("datetime", None) => ColumnType::DateTime,
            ("numeric", Some(ps)) => {
                let (p, sc) = ps
                    .split_once(',')
                    .ok_or_else(|| format!("numeric needs (precision,scale): {s:?}"))?;
                ColumnType::Numeric(num(p)? as u32, num(sc)? as u32)
            }
            ("float", None) => ColumnType::Float,
            ("blob", None) => ColumnType::Blob(None),
            ("blob", Some(n)) => ColumnType::Blob(Some(num(n)?)),
            ("enum", Some(name)) if is_identifier(name) => ColumnType::Enum(name.to_string()),
            _ => return Err(format!("unknown column type {s:?}")),
        };
        Ok(t)
    }
}

impl<'de> Deserialize<'de> for ColumnType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}

/// Names in migration files: letters, digits and `_ - @ $` (Asterisk has `100rel`,
/// `session-timers`, `@body`).
pub fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-@$".contains(c))
}

fn yes() -> bool {
    true
}

/// A column as declared in `create_table` or `add_column`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: ColumnType,
    #[serde(default = "yes")]
    pub nullable: bool,
    #[serde(default)]
    pub primary_key: bool,
    #[serde(default)]
    pub autoincrement: bool,
    #[serde(default)]
    pub unique: bool,
    /// Server default, as an SQL literal (`'yes'`, `0`).
    #[serde(default)]
    pub default: Option<String>,
    /// Enum values for MySQL and SQLite when they differ from the registered enum.
    #[serde(default)]
    pub values: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySpec {
    #[serde(default)]
    pub name: Option<String>,
    pub columns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForeignKeySpec {
    #[serde(default)]
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    #[serde(default)]
    pub on_delete: Option<String>,
    #[serde(default)]
    pub on_update: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConstraintKind {
    Unique,
    ForeignKey,
    PrimaryKey,
    Check,
}

/// One operation of a migration.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Op {
    CreateTable {
        table: String,
        columns: Vec<Column>,
        #[serde(default)]
        primary_key: Option<KeySpec>,
        #[serde(default)]
        unique: Vec<KeySpec>,
        #[serde(default)]
        foreign_keys: Vec<ForeignKeySpec>,
    },
    DropTable {
        table: String,
    },
    AddColumn {
        table: String,
        column: Column,
    },
    DropColumn {
        table: String,
        column: String,
    },
    AlterColumn(AlterColumn),
    CreateIndex {
        name: String,
        table: String,
        columns: Vec<String>,
        #[serde(default)]
        unique: bool,
    },
    DropIndex {
        name: String,
        table: String,
    },
    CreateUnique {
        name: String,
        table: String,
        columns: Vec<String>,
    },
    CreatePrimaryKey {
        name: String,
        table: String,
        columns: Vec<String>,
    },
    CreateForeignKey {
        name: String,
        table: String,
        columns: Vec<String>,
        ref_table: String,
        ref_columns: Vec<String>,
        #[serde(default)]
        on_delete: Option<String>,
        #[serde(default)]
        on_update: Option<String>,
    },
    DropConstraint {
        name: String,
        table: String,
        kind: ConstraintKind,
    },
    CreateEnum {
        name: String,
        values: Vec<String>,
    },
    DropEnum {
        name: String,
    },
    RenameEnum {
        name: String,
        new_name: String,
    },
    /// Puts a table's columns in the given order (all of them, each once).
    ReorderColumns {
        table: String,
        columns: Vec<String>,
    },
    Update(Update),
    Sql {
        #[serde(default)]
        mysql: Vec<String>,
        #[serde(default)]
        postgresql: Vec<String>,
        #[serde(default)]
        sqlite: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlterColumn {
    pub table: String,
    pub column: String,
    #[serde(default, rename = "type")]
    pub ty: Option<ColumnType>,
    #[serde(default)]
    pub nullable: Option<bool>,
    #[serde(default)]
    pub new_name: Option<String>,
    #[serde(default)]
    pub autoincrement: Option<bool>,
    #[serde(default)]
    pub default: Option<String>,
    #[serde(default)]
    pub drop_default: bool,
    #[serde(default)]
    pub values: Option<Vec<String>>,
    /// PostgreSQL only: the USING expression of a type change.
    #[serde(default)]
    pub using: Option<String>,
}

/// A data step: `UPDATE table SET column = ... [WHERE where_column IN (...)]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Update {
    pub table: String,
    pub column: String,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub null: bool,
    #[serde(default)]
    pub from_column: Option<String>,
    #[serde(default)]
    pub where_in: Option<Vec<String>>,
    #[serde(default)]
    pub where_column: Option<String>,
}

/// What an [`Update`] writes.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateValue<'a> {
    Literal(&'a str),
    Null,
    Column(&'a str),
}

impl Update {
    pub fn new_value(&self) -> Result<UpdateValue<'_>, String> {
        match (&self.value, self.null, &self.from_column) {
            (Some(v), false, None) => Ok(UpdateValue::Literal(v)),
            (None, true, None) => Ok(UpdateValue::Null),
            (None, false, Some(c)) => Ok(UpdateValue::Column(c)),
            _ => Err(format!(
                "update of {}.{} needs exactly one of `value`, `null = true`, `from_column`",
                self.table, self.column
            )),
        }
    }
}

/// An operation together with the dialects it applies to (all when `None`).
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub op: Op,
    pub dialects: Option<Vec<Dialect>>,
}

impl Step {
    pub fn applies_to(&self, d: Dialect) -> bool {
        self.dialects.as_ref().is_none_or(|ds| ds.contains(&d))
    }
}

impl Op {
    /// The table an operation works on, if any.
    pub fn table(&self) -> Option<&str> {
        match self {
            Op::CreateTable { table, .. }
            | Op::DropTable { table }
            | Op::AddColumn { table, .. }
            | Op::DropColumn { table, .. }
            | Op::CreateIndex { table, .. }
            | Op::DropIndex { table, .. }
            | Op::CreateUnique { table, .. }
            | Op::CreatePrimaryKey { table, .. }
            | Op::CreateForeignKey { table, .. }
            | Op::DropConstraint { table, .. } => Some(table),
            Op::AlterColumn(a) => Some(&a.table),
            Op::ReorderColumns { table, .. } => Some(table),
            Op::Update(u) => Some(&u.table),
            Op::CreateEnum { .. }
            | Op::DropEnum { .. }
            | Op::RenameEnum { .. }
            | Op::Sql { .. } => None,
        }
    }

    /// A short human description (`add_column ps_endpoints.webrtc`), for messages.
    pub fn describe(&self) -> String {
        match self {
            Op::CreateTable { table, .. } => format!("create_table {table}"),
            Op::DropTable { table } => format!("drop_table {table}"),
            Op::AddColumn { table, column } => format!("add_column {table}.{}", column.name),
            Op::DropColumn { table, column } => format!("drop_column {table}.{column}"),
            Op::AlterColumn(a) => format!("alter_column {}.{}", a.table, a.column),
            Op::CreateIndex { name, .. } => format!("create_index {name}"),
            Op::DropIndex { name, .. } => format!("drop_index {name}"),
            Op::CreateUnique { name, .. } => format!("create_unique {name}"),
            Op::CreatePrimaryKey { name, .. } => format!("create_primary_key {name}"),
            Op::CreateForeignKey { name, .. } => format!("create_foreign_key {name}"),
            Op::DropConstraint { name, .. } => format!("drop_constraint {name}"),
            Op::CreateEnum { name, .. } => format!("create_enum {name}"),
            Op::DropEnum { name } => format!("drop_enum {name}"),
            Op::RenameEnum { name, new_name } => format!("rename_enum {name} -> {new_name}"),
            Op::ReorderColumns { table, .. } => format!("reorder_columns {table}"),
            Op::Update(u) => format!("update {}.{}", u.table, u.column),
            Op::Sql { .. } => "sql".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_types_parse_and_print_back() {
        for s in [
            "string(40)",
            "integer",
            "bigint",
            "text",
            "boolean",
            "datetime",
            "numeric(5,2)",
            "float",
            "blob",
            "blob(4294967295)",
            "enum(yesno_values)",
        ] {
            let t: ColumnType = s.parse().unwrap();
            assert_eq!(t.to_string(), s);
        }
    }

    #[test]
    fn unknown_column_types_are_rejected() {
        for s in [
            "varchar(40)",
            "string",
            "string(x)",
            "enum()",
            "numeric(5)",
            "integer(3)",
            "enum(a b)",
        ] {
            assert!(s.parse::<ColumnType>().is_err(), "{s} should be rejected");
        }
    }
}
