//! Reads a live database's schema back as normalized text.
//!
//! One line per fact, sorted, so two databases (or a database and a committed
//! expectation) compare with a plain diff:
//!
//! ```text
//! enum yesno_values: 'yes','no'
//! table ps_aors
//!   column id varchar(40) not null
//!   unique ps_aors_id_key (id)
//!   index ps_aors_id (id)
//! ```
//!
//! Columns are listed in table order. Types are spelled as the database reports
//! them, with MySQL integer display widths removed (MariaDB says `int(11)`, MySQL 8
//! `int`). Triggers are listed under their table, views at the end (no revision
//! makes either: they are an operator's). Tables named `alembic_version*` and
//! `ast_schema_*` are left out unless asked for: they are bookkeeping, not the
//! tree's schema.

mod mysql;
mod postgres;
mod sqlite;

pub use postgres::{carried as postgres_carried, Carried};
pub use sqlite::{sqlite_catalog, sqlite_columns, CatalogEntry};

use crate::db::driver::{Connection, Row};
use crate::definitions::dialect::Dialect;
use crate::error::Error;

/// The normalized schema of the connection's database.
pub fn dump(conn: &mut dyn Connection, include_bookkeeping: bool) -> Result<String, Error> {
    let mut s = match conn.dialect() {
        Dialect::Mysql => mysql::read(conn)?,
        Dialect::Postgresql => postgres::read(conn)?,
        Dialect::Sqlite => sqlite::read(conn)?,
    };
    if !include_bookkeeping {
        s.tables.retain(|t| !is_bookkeeping(&t.name));
    }
    Ok(s.render())
}

/// A view's dependency on a table's column (`column` empty: on the table as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewUse {
    pub view: String,
    pub table: String,
    pub column: String,
}

/// What the views of the connection's database read, where the server holds a
/// view to the columns it uses (PostgreSQL: it refuses to change their type or
/// drop them). Empty elsewhere: MySQL lets a view break, SQLite's table rebuilds
/// carry views across.
pub fn view_uses(conn: &mut dyn Connection) -> Result<Vec<ViewUse>, Error> {
    match conn.dialect() {
        Dialect::Postgresql => postgres::view_uses(conn),
        Dialect::Mysql | Dialect::Sqlite => Ok(Vec::new()),
    }
}

/// Whether a table is a version or history table rather than part of a tree.
pub fn is_bookkeeping(table: &str) -> bool {
    table.starts_with("alembic_version") || table.starts_with("ast_schema_")
}

#[derive(Default)]
struct Dump {
    enums: Vec<String>,
    tables: Vec<TableDump>,
    views: Vec<String>,
}

struct TableDump {
    name: String,
    /// (position, line)
    columns: Vec<(i64, String)>,
    /// (sort key, line)
    constraints: Vec<(u8, String)>,
}

impl Dump {
    fn table(&mut self, name: &str) -> Option<&mut TableDump> {
        self.tables.iter_mut().find(|t| t.name == name)
    }

    fn render(mut self) -> String {
        let mut out = String::new();
        self.enums.sort();
        for e in &self.enums {
            out.push_str(e);
            out.push('\n');
        }
        self.tables.sort_by(|a, b| a.name.cmp(&b.name));
        for t in &mut self.tables {
            out.push_str(&format!("table {}\n", t.name));
            t.columns.sort();
            for (_, c) in &t.columns {
                out.push_str(&format!("  column {c}\n"));
            }
            t.constraints.sort();
            for (_, c) in &t.constraints {
                out.push_str(&format!("  {c}\n"));
            }
        }
        self.views.sort();
        for v in &self.views {
            out.push_str(&format!("view {v}\n"));
        }
        out
    }
}

const PK: u8 = 0;
const UNIQUE: u8 = 1;
const INDEX: u8 = 2;
const FK: u8 = 3;
const CHECK: u8 = 4;
const TRIGGER: u8 = 5;

fn q(conn: &mut dyn Connection, sql: &str) -> Result<Vec<Row>, Error> {
    conn.query(sql)
        .map_err(|e| Error::Database(format!("cannot read the schema: {e}")))
}

fn s(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

fn new_table(name: &str) -> TableDump {
    TableDump {
        name: name.to_string(),
        columns: Vec::new(),
        constraints: Vec::new(),
    }
}

/// A foreign key being assembled from one row per column.
struct Fk {
    table: String,
    name: String,
    ref_table: String,
    cols: Vec<String>,
    ref_cols: Vec<String>,
    on_update: String,
    on_delete: String,
}

impl Fk {
    fn add(
        fks: &mut Vec<Fk>,
        (table, name): (&str, &str),
        ref_table: &str,
        col: &str,
        ref_col: &str,
        rules: (String, String),
    ) {
        match fks.iter_mut().find(|f| f.table == table && f.name == name) {
            Some(f) => {
                f.cols.push(col.into());
                f.ref_cols.push(ref_col.into());
            }
            None => fks.push(Fk {
                table: table.into(),
                name: name.into(),
                ref_table: ref_table.into(),
                cols: vec![col.into()],
                ref_cols: vec![ref_col.into()],
                on_update: rules.0,
                on_delete: rules.1,
            }),
        }
    }

    fn line(&self, named: bool) -> String {
        format!(
            "fk {}({}) -> {}({}) on update {} on delete {}",
            if named {
                format!("{} ", self.name)
            } else {
                String::new()
            },
            self.cols.join(","),
            self.ref_table,
            self.ref_cols.join(","),
            self.on_update,
            self.on_delete
        )
    }
}
