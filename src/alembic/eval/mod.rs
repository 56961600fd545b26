//! Evaluates an Alembic revision script for one dialect into the operations Alembic
//! would run there.
//!
//! The evaluator knows the small vocabulary Asterisk's scripts use (`op.*`, `sa.*`,
//! PostgreSQL `ENUM`, `sa.table(...).update()`, `context.bind.dialect.name`,
//! `itertools.groupby`, helper functions, module constants) and nothing else: any other
//! name, call or keyword is an error naming its line. `alembic/mod.rs` runs it once per
//! dialect and merges the three operation lists into steps.
//!
//! This file owns the evaluator's state ([`Eval`]), the entry point [`evaluate`] and the
//! routing of calls to the modules that own them: `value.rs` (the value model and call
//! arguments), `interp.rs` (statements and expressions), `names.rs` (imports and
//! attributes), `builtins.rs` (Python's built-in functions and methods), `schema.rs`
//! (`sa.*` types, columns and constraints), `ops.rs` (`op.*`, `batch_op.*`, dialect
//! differences), `create_table.rs` (`op.create_table`), `execute.rs` (`op.execute`, SQL
//! expressions, table updates), `bounds.rs` (how much a script may build and run).

mod bounds;
mod builtins;
mod create_table;
mod execute;
mod interp;
mod names;
mod ops;
mod schema;
mod value;

use std::collections::BTreeMap;

use super::python::Module;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::Op;
use builtins::python_method;
use interp::Flow;
use value::{Args, V};

/// An evaluation failure: line and message.
pub type EvalError = (usize, String);
type R<T> = Result<T, EvalError>;

fn err<T>(line: usize, msg: impl Into<String>) -> R<T> {
    Err((line, msg.into()))
}

/// The outcome of evaluating one script for one dialect.
pub struct Evaluated {
    pub revision: Option<String>,
    pub down_revision: Option<Option<String>>,
    pub upgrade: Vec<(Op, usize)>,
    pub downgrade: Vec<(Op, usize)>,
}

pub struct Eval {
    dialect: Dialect,
    globals: BTreeMap<String, V>,
    out: Vec<(Op, usize)>,
    /// Enum types this script has created so far (create_table creates each once).
    created: Vec<String>,
    /// (index, table) of every create_index seen, upgrade and downgrade alike.
    indexes: Vec<(String, String)>,
    depth: usize,
    /// Statements run and sizes of values built so far (see `bounds.rs`).
    work: u64,
}

pub fn evaluate(module: &Module, dialect: Dialect) -> R<Evaluated> {
    let mut ev = Eval {
        dialect,
        globals: BTreeMap::new(),
        out: Vec::new(),
        created: Vec::new(),
        indexes: Vec::new(),
        depth: 0,
        work: 0,
    };
    let mut locals = None;
    for s in &module.body {
        if let Flow::Return(_) = ev.stmt(s, &mut locals)? {
            return err(s.line, "return outside a function");
        }
    }
    let at = |name: &str| super::assignment_line(module, name);
    let revision = match ev.globals.get("revision") {
        Some(V::Str(s)) => Some(s.clone()),
        Some(v) => {
            return err(
                at("revision"),
                format!("revision must be a string, not a {}", v.type_name()),
            )
        }
        None => None,
    };
    let down_revision = match ev.globals.get("down_revision") {
        Some(V::Str(s)) => Some(Some(s.clone())),
        Some(V::None) => Some(None),
        Some(v) => {
            return err(
                at("down_revision"),
                format!(
                    "down_revision must be a string or None, not a {}",
                    v.type_name()
                ),
            )
        }
        None => None,
    };
    let mut run = |name: &str| -> R<Vec<(Op, usize)>> {
        let f = match ev.globals.get(name) {
            Some(V::Func(f)) => f.clone(),
            _ => return err(1, format!("no {name}() function")),
        };
        ev.out.clear();
        ev.created.clear();
        ev.call_func(&f, Vec::new(), Vec::new(), f.line)?;
        Ok(std::mem::take(&mut ev.out))
    };
    let upgrade = run("upgrade")?;
    let downgrade = run("downgrade")?;
    Ok(Evaluated {
        revision,
        down_revision,
        upgrade,
        downgrade,
    })
}

impl Eval {
    fn dialect_name(&self) -> &'static str {
        match self.dialect {
            Dialect::Mysql => "mysql",
            Dialect::Postgresql => "postgresql",
            Dialect::Sqlite => "sqlite",
        }
    }

    fn call(&mut self, f: V, pos: Vec<V>, kw: Vec<(String, V)>, line: usize) -> R<V> {
        match f {
            V::Func(f) => self.call_func(&f, pos, kw, line),
            V::Builtin(name) => {
                let mut a = Args {
                    line,
                    what: name.to_string(),
                    pos,
                    kw,
                };
                // `schema=None` is the default schema: nothing to do.
                if name.starts_with("op.") {
                    a.kw.retain(|(k, v)| !(k == "schema" && matches!(v, V::None)));
                }
                self.builtin(name, a)
            }
            V::Method(recv, name) => {
                let a = Args {
                    line,
                    what: format!("{}.{name}", recv.type_name()),
                    pos,
                    kw,
                };
                self.method(*recv, &name, a)
            }
            V::ItemGetter(i) => {
                let a = Args {
                    line,
                    what: "itemgetter".into(),
                    pos,
                    kw,
                };
                a.done(1)?;
                let items = a.pos.first().cloned().unwrap_or(V::None).items(line)?;
                items
                    .get(i as usize)
                    .cloned()
                    .ok_or_else(|| (line, "itemgetter index out of range".to_string()))
            }
            other => err(line, format!("a {} is not callable", other.type_name())),
        }
    }

    fn emit(&mut self, op: Op, line: usize) {
        self.out.push((op, line));
    }

    /// A call of a built-in name: routed to the module that owns it.
    fn builtin(&mut self, name: &'static str, a: Args) -> R<V> {
        if let Some(t) = schema::sa_plain_type(name) {
            return Ok(V::Ty(self.plain_type(t, a)?));
        }
        match name {
            "sa.text" | "sa.table" | "sa.column" | "sa.or_" | "sa.case" | "sa.cast"
            | "op.execute" => self.sql_call(name, a),
            "quoted_name"
            | "sa.Enum"
            | "ENUM"
            | "sa.Column"
            | "sa.ForeignKey"
            | "sa.PrimaryKeyConstraint"
            | "sa.UniqueConstraint"
            | "sa.ForeignKeyConstraint" => self.schema_call(name, a),
            "context.is_offline_mode" => self.op_call(name, a),
            _ if name.starts_with("op.") => self.op_call(name, a),
            _ => self.python_call(name, a),
        }
    }

    /// A method call: routed by the kind of its receiver.
    fn method(&mut self, recv: V, name: &str, a: Args) -> R<V> {
        match recv {
            V::Ty(_) => self.enum_method(recv, name, a),
            V::Batch(table) => self.batch_method(table, name, a),
            V::Table(_) | V::Update(_) | V::Sql(_) => self.sql_method(recv, name, a),
            V::Str(_) | V::List(_) | V::Dict(_) => python_method(recv, name, a),
            r => unsupported_method(&r, name, a.line),
        }
    }
}

/// The error for a method the receiver does not have.
fn unsupported_method<T>(r: &V, m: &str, line: usize) -> R<T> {
    err(
        line,
        format!("unsupported method {m} of a {}", r.type_name()),
    )
}
