//! The per-dialect SQL layer: one renderer per database turning [`Op`]s into statements.
//!
//! `mysql.rs`, `postgres.rs` and `sqlite.rs` each match on [`Op`] once. What all three
//! write the same way (identifier and literal quoting, `CREATE INDEX`, data updates)
//! lives here; each renderer overrides only what differs. Renderers read the schema
//! model *before* the operation (`model.rs`) so they can restate a full column
//! definition (MySQL `MODIFY`) or rebuild a table (SQLite).

pub mod mysql;
pub mod postgres;
pub mod sqlite;

use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::model::{ColumnDef, Schema, Table};
use crate::ops::{Op, Update, UpdateValue};

/// A database family ast-schema can render SQL for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    Mysql,
    Postgresql,
    Sqlite,
}

impl Dialect {
    pub const ALL: [Dialect; 3] = [Dialect::Mysql, Dialect::Postgresql, Dialect::Sqlite];

    pub fn name(self) -> &'static str {
        match self {
            Dialect::Mysql => "mysql",
            Dialect::Postgresql => "postgresql",
            Dialect::Sqlite => "sqlite",
        }
    }

    /// Whether DDL can run inside a transaction that is rolled back as a whole.
    pub fn transactional_ddl(self) -> bool {
        !matches!(self, Dialect::Mysql)
    }

    /// Quotes an identifier when it needs it: not all lowercase letters, digits and
    /// underscores, starts with a digit, or is a reserved word.
    pub fn ident(self, name: &str) -> Cow<'_, str> {
        let plain = name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !name.starts_with(|c: char| c.is_ascii_digit())
            && !name.is_empty()
            && !is_reserved(name);
        if plain {
            return Cow::Borrowed(name);
        }
        let q = if self == Dialect::Mysql { '`' } else { '"' };
        let mut s = String::with_capacity(name.len() + 2);
        s.push(q);
        for c in name.chars() {
            if c == q {
                s.push(q);
            }
            s.push(c);
        }
        s.push(q);
        Cow::Owned(s)
    }

    /// A string literal (MySQL also treats the backslash as an escape character).
    pub fn literal(self, value: &str) -> String {
        let mut s = String::with_capacity(value.len() + 2);
        s.push('\'');
        for c in value.chars() {
            match c {
                '\'' => s.push_str("''"),
                '\\' if self == Dialect::Mysql => s.push_str("\\\\"),
                c => s.push(c),
            }
        }
        s.push('\'');
        s
    }

    pub fn idents(self, names: &[String]) -> String {
        names
            .iter()
            .map(|n| self.ident(n))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The statements that perform `op` on a database whose schema is `schema`.
    pub fn render(self, op: &Op, schema: &Schema) -> Result<Vec<String>, String> {
        match self {
            Dialect::Mysql => mysql::render(op, schema),
            Dialect::Postgresql => postgres::render(op, schema),
            Dialect::Sqlite => sqlite::render(op, schema),
        }
    }

    /// Renders a revision's operations (already filtered for this dialect) in order,
    /// folding each into `schema`. A dialect may merge neighbours into fewer
    /// statements (MySQL one `ALTER TABLE`, SQLite one table rebuild). An error
    /// carries the index of the operation that caused it.
    pub fn render_ops(
        self,
        ops: &[&Op],
        schema: &mut Schema,
    ) -> Result<Vec<String>, (usize, String)> {
        match self {
            Dialect::Mysql => mysql::render_ops(ops, schema),
            Dialect::Sqlite => sqlite::render_ops(ops, schema),
            Dialect::Postgresql => {
                let mut out = Vec::new();
                for (i, op) in ops.iter().enumerate() {
                    out.extend(self.render(op, schema).map_err(|e| (i, e))?);
                    schema.apply(op, self).map_err(|e| (i, e))?;
                }
                Ok(out)
            }
        }
    }

    /// The statements that build `schema` from nothing, all at once: enum types,
    /// tables with their columns in order and every constraint and index under the
    /// name the model gives it, then foreign keys. For a fresh database this gives
    /// exactly what replaying every revision gives (the fast path).
    pub fn render_schema(self, schema: &Schema) -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        if self == Dialect::Postgresql {
            for e in &schema.enums {
                out.extend(self.render(
                    &Op::CreateEnum {
                        name: e.name.clone(),
                        values: e.values.clone(),
                    },
                    schema,
                )?);
            }
        }
        // SQLite cannot add a foreign key later, and does not check its target at
        // creation; the others get theirs once every table exists.
        let inline_fks = self == Dialect::Sqlite;
        for t in &schema.tables {
            let mut shape = t.clone();
            if !inline_fks {
                shape.foreign_keys.clear();
            }
            out.push(match self {
                Dialect::Mysql => mysql::create_table(&shape, true)?,
                Dialect::Postgresql => postgres::create_table(&shape, true),
                Dialect::Sqlite => sqlite::create_table(&shape)?,
            });
        }
        for t in &schema.tables {
            for i in &t.indexes {
                out.push(create_index(self, &i.name, &t.name, &i.columns, i.unique));
            }
        }
        if !inline_fks {
            for t in &schema.tables {
                for fk in &t.foreign_keys {
                    out.push(format!(
                        "ALTER TABLE {} ADD {}",
                        self.ident(&t.name),
                        foreign_key_sql(self, fk, true)
                    ));
                }
            }
        }
        Ok(out)
    }

    /// The statement terminator its command-line client expects.
    pub fn terminator(self) -> &'static str {
        ";"
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Dialect {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "mysql" | "mariadb" => Ok(Dialect::Mysql),
            "postgresql" | "postgres" | "pg" => Ok(Dialect::Postgresql),
            "sqlite" => Ok(Dialect::Sqlite),
            _ => Err(format!(
                "unknown dialect {s:?} (expected mysql, postgresql or sqlite)"
            )),
        }
    }
}

/// `CREATE [UNIQUE] INDEX name ON table (cols)`, the same on all three.
pub(crate) fn create_index(
    d: Dialect,
    name: &str,
    table: &str,
    columns: &[String],
    unique: bool,
) -> String {
    format!(
        "CREATE {}INDEX {} ON {} ({})",
        if unique { "UNIQUE " } else { "" },
        d.ident(name),
        d.ident(table),
        d.idents(columns)
    )
}

/// `UPDATE table SET column = ... [WHERE where_column IN (...)]`.
pub(crate) fn update(d: Dialect, u: &Update) -> Result<String, String> {
    let value = match u.new_value()? {
        UpdateValue::Literal(v) => d.literal(v),
        UpdateValue::Null => "NULL".to_string(),
        UpdateValue::Column(c) => d.ident(c).into_owned(),
    };
    let mut sql = format!(
        "UPDATE {} SET {} = {}",
        d.ident(&u.table),
        d.ident(&u.column),
        value
    );
    if let Some(list) = &u.where_in {
        let col = u.where_column.as_deref().unwrap_or(&u.column);
        let vals: Vec<String> = list.iter().map(|v| d.literal(v)).collect();
        sql.push_str(&format!(" WHERE {} IN ({})", d.ident(col), vals.join(", ")));
    }
    Ok(sql)
}

/// The table-level lines of a `CREATE TABLE`: primary key (unless `with_pk` is
/// false), unique constraints and foreign keys. Unnamed ones stay unnamed so the
/// database picks the same name it picks for Alembic, unless `name_all` asks for
/// every name the model knows (building a whole schema at once, where a name
/// chosen long ago must be given explicitly).
pub(crate) fn key_lines(
    d: Dialect,
    t: &Table,
    with_pk: bool,
    name_all: bool,
    lines: &mut Vec<String>,
) {
    let named = |k: &crate::model::Key, what: &str| {
        if k.explicit || name_all {
            format!(
                "CONSTRAINT {} {what} ({})",
                d.ident(&k.name),
                d.idents(&k.columns)
            )
        } else {
            format!("{what} ({})", d.idents(&k.columns))
        }
    };
    if let (Some(pk), true) = (&t.primary_key, with_pk) {
        // MySQL calls every primary key PRIMARY and takes no name for it.
        if d == Dialect::Mysql {
            lines.push(format!("PRIMARY KEY ({})", d.idents(&pk.columns)));
        } else {
            lines.push(named(pk, "PRIMARY KEY"));
        }
    }
    for u in &t.uniques {
        lines.push(named(u, "UNIQUE"));
    }
    for fk in &t.foreign_keys {
        lines.push(foreign_key_sql(d, fk, name_all));
    }
}

/// `[CONSTRAINT name] FOREIGN KEY(cols) REFERENCES t (cols) [ON DELETE x] [ON UPDATE y]`.
pub(crate) fn foreign_key_sql(d: Dialect, fk: &crate::model::ForeignKey, name_all: bool) -> String {
    let mut s = String::new();
    if fk.explicit || name_all {
        s.push_str(&format!("CONSTRAINT {} ", d.ident(&fk.name)));
    }
    s.push_str(&format!(
        "FOREIGN KEY({}) REFERENCES {} ({})",
        d.idents(&fk.columns),
        d.ident(&fk.ref_table),
        d.idents(&fk.ref_columns)
    ));
    if let Some(x) = &fk.on_delete {
        s.push_str(&format!(" ON DELETE {}", x.to_uppercase()));
    }
    if let Some(x) = &fk.on_update {
        s.push_str(&format!(" ON UPDATE {}", x.to_uppercase()));
    }
    s
}

/// `DEFAULT x` clause, when the column has a server default.
pub(crate) fn default_clause(c: &ColumnDef) -> String {
    match &c.default {
        Some(v) => format!(" DEFAULT {v}"),
        None => String::new(),
    }
}

/// The enum values a column holds on MySQL and SQLite.
pub(crate) fn enum_values(c: &ColumnDef) -> Result<&[String], String> {
    c.enum_values
        .as_deref()
        .ok_or_else(|| format!("column {} has no enum values", c.name))
}

/// Reserved words of MySQL/MariaDB and PostgreSQL; a name on this list is quoted on
/// every dialect (harmless where the word is not reserved).
pub fn is_reserved(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    RESERVED.binary_search(&upper.as_str()).is_ok()
}

static RESERVED: &[&str] = &[
    "ACCESSIBLE",
    "ADD",
    "ALL",
    "ALTER",
    "ANALYSE",
    "ANALYZE",
    "AND",
    "ANY",
    "ARRAY",
    "AS",
    "ASC",
    "ASENSITIVE",
    "ASYMMETRIC",
    "AUTHORIZATION",
    "BEFORE",
    "BETWEEN",
    "BIGINT",
    "BINARY",
    "BLOB",
    "BOTH",
    "BY",
    "CALL",
    "CASCADE",
    "CASE",
    "CAST",
    "CHANGE",
    "CHAR",
    "CHARACTER",
    "CHECK",
    "COLLATE",
    "COLLATION",
    "COLUMN",
    "CONCURRENTLY",
    "CONDITION",
    "CONSTRAINT",
    "CONTINUE",
    "CONVERT",
    "CREATE",
    "CROSS",
    "CUBE",
    "CUME_DIST",
    "CURRENT_CATALOG",
    "CURRENT_DATE",
    "CURRENT_ROLE",
    "CURRENT_SCHEMA",
    "CURRENT_TIME",
    "CURRENT_TIMESTAMP",
    "CURRENT_USER",
    "CURSOR",
    "DATABASE",
    "DATABASES",
    "DAY_HOUR",
    "DAY_MICROSECOND",
    "DAY_MINUTE",
    "DAY_SECOND",
    "DEC",
    "DECIMAL",
    "DECLARE",
    "DEFAULT",
    "DEFERRABLE",
    "DELAYED",
    "DELETE",
    "DENSE_RANK",
    "DESC",
    "DESCRIBE",
    "DETERMINISTIC",
    "DISTINCT",
    "DISTINCTROW",
    "DIV",
    "DO",
    "DOUBLE",
    "DROP",
    "DUAL",
    "EACH",
    "ELSE",
    "ELSEIF",
    "EMPTY",
    "ENCLOSED",
    "END",
    "ESCAPED",
    "EXCEPT",
    "EXISTS",
    "EXIT",
    "EXPLAIN",
    "FALSE",
    "FETCH",
    "FIRST_VALUE",
    "FLOAT",
    "FLOAT4",
    "FLOAT8",
    "FOR",
    "FORCE",
    "FOREIGN",
    "FREEZE",
    "FROM",
    "FULL",
    "FULLTEXT",
    "FUNCTION",
    "GENERATED",
    "GET",
    "GRANT",
    "GROUP",
    "GROUPING",
    "GROUPS",
    "HAVING",
    "HIGH_PRIORITY",
    "HOUR_MICROSECOND",
    "HOUR_MINUTE",
    "HOUR_SECOND",
    "IF",
    "IGNORE",
    "ILIKE",
    "IN",
    "INDEX",
    "INFILE",
    "INITIALLY",
    "INNER",
    "INOUT",
    "INSENSITIVE",
    "INSERT",
    "INT",
    "INT1",
    "INT2",
    "INT3",
    "INT4",
    "INT8",
    "INTEGER",
    "INTERSECT",
    "INTERVAL",
    "INTO",
    "IO_AFTER_GTIDS",
    "IO_BEFORE_GTIDS",
    "IS",
    "ISNULL",
    "ITERATE",
    "JOIN",
    "JSON_TABLE",
    "KEY",
    "KEYS",
    "KILL",
    "LAG",
    "LAST_VALUE",
    "LATERAL",
    "LEAD",
    "LEADING",
    "LEAVE",
    "LEFT",
    "LIKE",
    "LIMIT",
    "LINEAR",
    "LINES",
    "LOAD",
    "LOCALTIME",
    "LOCALTIMESTAMP",
    "LOCK",
    "LONG",
    "LONGBLOB",
    "LONGTEXT",
    "LOOP",
    "LOW_PRIORITY",
    "MASTER_BIND",
    "MASTER_SSL_VERIFY_SERVER_CERT",
    "MATCH",
    "MAXVALUE",
    "MEDIUMBLOB",
    "MEDIUMINT",
    "MEDIUMTEXT",
    "MIDDLEINT",
    "MINUTE_MICROSECOND",
    "MINUTE_SECOND",
    "MOD",
    "MODIFIES",
    "NATURAL",
    "NOT",
    "NOTNULL",
    "NO_WRITE_TO_BINLOG",
    "NTH_VALUE",
    "NTILE",
    "NULL",
    "NUMERIC",
    "OF",
    "OFFSET",
    "ON",
    "ONLY",
    "OPTIMIZE",
    "OPTIMIZER_COSTS",
    "OPTION",
    "OPTIONALLY",
    "OR",
    "ORDER",
    "OUT",
    "OUTER",
    "OUTFILE",
    "OVER",
    "OVERLAPS",
    "PARTITION",
    "PERCENT_RANK",
    "PLACING",
    "PRECISION",
    "PRIMARY",
    "PROCEDURE",
    "PURGE",
    "QUALIFY",
    "RANGE",
    "RANK",
    "READ",
    "READS",
    "READ_WRITE",
    "REAL",
    "RECURSIVE",
    "REFERENCES",
    "REGEXP",
    "RELEASE",
    "RENAME",
    "REPEAT",
    "REPLACE",
    "REQUIRE",
    "RESIGNAL",
    "RESTRICT",
    "RETURN",
    "RETURNING",
    "REVOKE",
    "RIGHT",
    "RLIKE",
    "ROW",
    "ROWS",
    "ROW_NUMBER",
    "SCHEMA",
    "SCHEMAS",
    "SECOND_MICROSECOND",
    "SELECT",
    "SENSITIVE",
    "SEPARATOR",
    "SESSION_USER",
    "SET",
    "SHOW",
    "SIGNAL",
    "SIMILAR",
    "SMALLINT",
    "SOME",
    "SPATIAL",
    "SPECIFIC",
    "SQL",
    "SQLEXCEPTION",
    "SQLSTATE",
    "SQLWARNING",
    "SQL_BIG_RESULT",
    "SQL_CALC_FOUND_ROWS",
    "SQL_SMALL_RESULT",
    "SSL",
    "STARTING",
    "STORED",
    "STRAIGHT_JOIN",
    "SYMMETRIC",
    "SYSTEM",
    "SYSTEM_USER",
    "TABLE",
    "TABLESAMPLE",
    "TERMINATED",
    "THEN",
    "TINYBLOB",
    "TINYINT",
    "TINYTEXT",
    "TO",
    "TRAILING",
    "TRIGGER",
    "TRUE",
    "UNDO",
    "UNION",
    "UNIQUE",
    "UNLOCK",
    "UNSIGNED",
    "UPDATE",
    "USAGE",
    "USE",
    "USER",
    "USING",
    "UTC_DATE",
    "UTC_TIME",
    "UTC_TIMESTAMP",
    "VALUES",
    "VARBINARY",
    "VARCHAR",
    "VARCHARACTER",
    "VARIADIC",
    "VARYING",
    "VERBOSE",
    "VIRTUAL",
    "WHEN",
    "WHERE",
    "WHILE",
    "WINDOW",
    "WITH",
    "WRITE",
    "XOR",
    "YEAR_MONTH",
    "ZEROFILL",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_list_is_sorted_for_binary_search() {
        assert!(
            RESERVED.windows(2).all(|w| w[0] < w[1]),
            "RESERVED must stay sorted and unique"
        );
    }

    #[test]
    fn identifiers_are_quoted_only_when_needed() {
        assert_eq!(Dialect::Mysql.ident("ps_endpoints"), "ps_endpoints");
        assert_eq!(Dialect::Mysql.ident("100rel"), "`100rel`");
        assert_eq!(
            Dialect::Postgresql.ident("session-timers"),
            "\"session-timers\""
        );
        assert_eq!(Dialect::Postgresql.ident("match"), "\"match\"");
        assert_eq!(Dialect::Sqlite.ident("end"), "\"end\"");
        assert_eq!(Dialect::Mysql.ident("@body"), "`@body`");
        assert_eq!(Dialect::Postgresql.ident("Qualify"), "\"Qualify\"");
    }

    #[test]
    fn literals_escape_quotes_and_mysql_backslashes() {
        assert_eq!(Dialect::Postgresql.literal("it's"), "'it''s'");
        assert_eq!(Dialect::Mysql.literal("a\\b"), "'a\\\\b'");
        assert_eq!(Dialect::Sqlite.literal("a\\b"), "'a\\b'");
    }
}
