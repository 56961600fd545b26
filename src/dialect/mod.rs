//! The per-dialect SQL layer: one renderer per database turning [`Op`]s into statements.
//!
//! `mysql.rs`, `postgres.rs` and `sqlite.rs` each match on [`Op`] once. What all three
//! write the same way (identifier and literal quoting, `CREATE INDEX`, data updates)
//! lives here; each renderer overrides only what differs. Renderers read the schema
//! model *before* the operation (`crate::model`) so they can restate a full column
//! definition (MySQL `MODIFY`) or rebuild a table (SQLite).

pub mod expected;
pub mod mysql;
pub mod postgres;
pub mod quote;
pub mod sqlite;

use crate::definitions::dialect::Dialect;

use crate::definitions::ops::{Op, Update, UpdateValue};
use crate::model::{ColumnDef, Schema, Table};

impl Dialect {
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
        Ok(self
            .render_ops_marked(ops, schema)?
            .into_iter()
            .map(|r| r.sql)
            .collect())
    }

    /// [`Dialect::render_ops`], with each statement marked with how far through the
    /// operations it leaves the database (what crash recovery compares against).
    pub fn render_ops_marked(
        self,
        ops: &[&Op],
        schema: &mut Schema,
    ) -> Result<Vec<Rendered>, (usize, String)> {
        match self {
            Dialect::Mysql => mysql::render_ops(ops, schema),
            Dialect::Sqlite => sqlite::render_ops(ops, schema),
            Dialect::Postgresql => {
                let mut out = Vec::new();
                for (i, op) in ops.iter().enumerate() {
                    let stmts = self.render(op, schema).map_err(|e| (i, e))?;
                    push_marked(&mut out, stmts, i, i + 1);
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
        Ok(self
            .render_schema_marked(schema)?
            .into_iter()
            .map(|(sql, _)| sql)
            .collect())
    }

    /// [`Dialect::render_schema`], with what each statement creates, so that
    /// [`Dialect::partial_schema`] can tell the schema after any prefix of them.
    pub fn render_schema_marked(self, schema: &Schema) -> Result<Vec<(String, Built)>, String> {
        let mut out = Vec::new();
        if self == Dialect::Postgresql {
            for (k, e) in schema.enums.iter().enumerate() {
                for sql in self.render(
                    &Op::CreateEnum {
                        name: e.name.clone(),
                        values: e.values.clone(),
                    },
                    schema,
                )? {
                    out.push((sql, Built::Enum(k)));
                }
            }
        }
        // SQLite cannot add a foreign key later, and does not check its target at
        // creation; the others get theirs once every table exists.
        let inline_fks = self.inline_foreign_keys();
        for (k, t) in schema.tables.iter().enumerate() {
            let mut shape = t.clone();
            if !inline_fks {
                shape.foreign_keys.clear();
            }
            let sql = match self {
                Dialect::Mysql => mysql::create_table(&shape, true)?,
                Dialect::Postgresql => postgres::create_table(&shape, true),
                Dialect::Sqlite => sqlite::create_table(&shape)?,
            };
            out.push((sql, Built::Table(k)));
        }
        for (k, t) in schema.tables.iter().enumerate() {
            for (j, i) in t.indexes.iter().enumerate() {
                let sql = create_index(self, &i.name, &t.name, &i.columns, i.unique);
                out.push((sql, Built::Index(k, j)));
            }
        }
        if !inline_fks {
            for (k, t) in schema.tables.iter().enumerate() {
                for (j, fk) in t.foreign_keys.iter().enumerate() {
                    let sql = format!(
                        "ALTER TABLE {} ADD {}",
                        self.ident(&t.name),
                        foreign_key_sql(self, fk, true)
                    );
                    out.push((sql, Built::ForeignKey(k, j)));
                }
            }
        }
        Ok(out)
    }

    /// SQLite cannot add a foreign key later (and does not check its target at
    /// creation), so its tables are created with theirs; the others get theirs
    /// once every table exists.
    fn inline_foreign_keys(self) -> bool {
        self == Dialect::Sqlite
    }

    /// The part of `schema` that the statements marked `built` create (a prefix of
    /// [`Dialect::render_schema_marked`]'s output).
    pub fn partial_schema(self, schema: &Schema, built: &[Built]) -> Schema {
        let mut out = Schema::default();
        let mut placed: Vec<Option<usize>> = vec![None; schema.tables.len()];
        for b in built {
            match *b {
                Built::Enum(k) => out.enums.push(schema.enums[k].clone()),
                Built::Table(k) => {
                    let mut t = schema.tables[k].clone();
                    t.indexes.clear();
                    if !self.inline_foreign_keys() {
                        t.foreign_keys.clear();
                    }
                    placed[k] = Some(out.tables.len());
                    out.tables.push(t);
                }
                Built::Index(k, j) => {
                    if let Some(p) = placed[k] {
                        out.tables[p]
                            .indexes
                            .push(schema.tables[k].indexes[j].clone());
                    }
                }
                Built::ForeignKey(k, j) => {
                    if let Some(p) = placed[k] {
                        let fk = schema.tables[k].foreign_keys[j].clone();
                        out.tables[p].foreign_keys.push(fk);
                    }
                }
            }
        }
        out
    }
}

/// A rendered statement and how far through a revision's operations it leaves the
/// database: `ops_done` operations are complete once it has run, and `exact` says
/// whether the schema then is exactly the model folded that far (false for a
/// statement in the middle of an operation that takes several).
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub sql: String,
    pub ops_done: usize,
    pub exact: bool,
    /// For a statement in the middle of an operation: an operation that, folded
    /// after the first `ops_done`, gives the schema this statement leaves (MySQL's
    /// `ADD COLUMN` before the `ADD UNIQUE` of a unique column), when there is one.
    pub partial: Option<Op>,
}

/// Appends the statements of operations `before..after` (usually one operation,
/// or a merged run of them), marking the last one exact.
pub(crate) fn push_marked(
    out: &mut Vec<Rendered>,
    stmts: Vec<String>,
    before: usize,
    after: usize,
) {
    let n = stmts.len();
    for (k, sql) in stmts.into_iter().enumerate() {
        let last = k + 1 == n;
        out.push(Rendered {
            sql,
            ops_done: if last { after } else { before },
            exact: last,
            partial: None,
        });
    }
}

/// What one statement of a whole-schema build creates (indexes into the model).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Built {
    Enum(usize),
    Table(usize),
    /// Table, index.
    Index(usize, usize),
    /// Table, foreign key.
    ForeignKey(usize, usize),
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
