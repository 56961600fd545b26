//! Evaluates an Alembic revision script for one dialect into the operations Alembic
//! would run there.
//!
//! The evaluator knows the small vocabulary Asterisk's scripts use (`op.*`, `sa.*`,
//! PostgreSQL `ENUM`, `sa.table(...).update()`, `context.bind.dialect.name`,
//! `itertools.groupby`, helper functions, module constants) and nothing else: any other
//! name, call or keyword is an error naming its line. `mod.rs` runs it once per dialect
//! and merges the three operation lists into steps.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::python::{Arg, BinOp, CmpOp, Expr, ExprKind, FuncDef, Module, Stmt, StmtKind, Target};
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{
    AlterColumn, Column, ColumnType, ConstraintKind, ForeignKeySpec, KeySpec, Op, Update,
};

/// An evaluation failure: line and message.
pub type EvalError = (usize, String);
type R<T> = Result<T, EvalError>;

fn err<T>(line: usize, msg: impl Into<String>) -> R<T> {
    Err((line, msg.into()))
}

/// A SQLAlchemy type.
#[derive(Clone, Debug, PartialEq)]
pub enum SaType {
    Plain(&'static str, Vec<i64>),
    Enum {
        values: Vec<String>,
        name: Option<String>,
        create_type: bool,
    },
}

#[derive(Clone, Debug)]
pub struct ColSpec {
    name: String,
    ty: SaType,
    nullable: Option<bool>,
    primary_key: bool,
    autoincrement: Option<bool>,
    unique: bool,
    server_default: Option<String>,
    foreign_key: Option<(String, String, Option<String>, Option<String>)>,
    line: usize,
}

#[derive(Clone, Debug)]
enum Constraint {
    Primary(KeySpec),
    Unique(KeySpec),
    Foreign(ForeignKeySpec),
}

#[derive(Clone, Debug)]
enum SqlExpr {
    Col(String),
    Lit(Option<String>),
    Text(String),
    Eq(Box<SqlExpr>, Box<SqlExpr>),
    Or(Vec<SqlExpr>),
    Case(Vec<(SqlExpr, SqlExpr)>, Option<Box<SqlExpr>>),
    Cast(Box<SqlExpr>, SaType),
}

#[derive(Debug, Default)]
struct TableVal {
    name: String,
    columns: Vec<String>,
}

#[derive(Clone, Debug)]
struct UpdateVal {
    table: String,
    wheres: Vec<SqlExpr>,
    values: Vec<(String, SqlExpr)>,
}

#[derive(Clone)]
enum V {
    None,
    Bool(bool),
    Int(i64),
    Str(String),
    List(Rc<RefCell<Vec<V>>>),
    Tuple(Rc<Vec<V>>),
    Dict(Rc<RefCell<Vec<(V, V)>>>),
    Func(Rc<FuncDef>),
    Builtin(&'static str),
    Module(&'static str),
    Method(Box<V>, String),
    Ty(SaType),
    Column(Rc<ColSpec>),
    Constraint(Rc<Constraint>),
    Context,
    Bind,
    DialectObj,
    Batch(String),
    Table(Rc<RefCell<TableVal>>),
    TableCols(Rc<RefCell<TableVal>>),
    Sql(Rc<SqlExpr>),
    Update(Rc<UpdateVal>),
    ItemGetter(i64),
}

impl V {
    fn type_name(&self) -> &'static str {
        match self {
            V::None => "None",
            V::Bool(_) => "bool",
            V::Int(_) => "int",
            V::Str(_) => "str",
            V::List(_) => "list",
            V::Tuple(_) => "tuple",
            V::Dict(_) => "dict",
            V::Func(_) => "function",
            V::Builtin(_) | V::Method(..) => "callable",
            V::Module(_) => "module",
            V::Ty(_) => "type",
            V::Column(_) => "sa.Column",
            V::Constraint(_) => "constraint",
            V::Context => "migration context",
            V::Bind => "connection",
            V::DialectObj => "dialect",
            V::Batch(_) => "batch operations",
            V::Table(_) => "table",
            V::TableCols(_) => "table columns",
            V::Sql(_) => "SQL expression",
            V::Update(_) => "update statement",
            V::ItemGetter(_) => "itemgetter",
        }
    }

    fn list(v: Vec<V>) -> V {
        V::List(Rc::new(RefCell::new(v)))
    }

    fn truthy(&self, line: usize) -> R<bool> {
        Ok(match self {
            V::None => false,
            V::Bool(b) => *b,
            V::Int(i) => *i != 0,
            V::Str(s) => !s.is_empty(),
            V::List(l) => !l.borrow().is_empty(),
            V::Tuple(t) => !t.is_empty(),
            V::Dict(d) => !d.borrow().is_empty(),
            other => return err(line, format!("truth value of a {}", other.type_name())),
        })
    }

    fn items(&self, line: usize) -> R<Vec<V>> {
        match self {
            V::List(l) => Ok(l.borrow().clone()),
            V::Tuple(t) => Ok(t.as_ref().clone()),
            V::Dict(d) => Ok(d.borrow().iter().map(|(k, _)| k.clone()).collect()),
            V::Str(s) => Ok(s.chars().map(|c| V::Str(c.to_string())).collect()),
            other => err(line, format!("cannot iterate over a {}", other.type_name())),
        }
    }

    fn eq(&self, other: &V) -> bool {
        match (self, other) {
            (V::None, V::None) => true,
            (V::Bool(a), V::Bool(b)) => a == b,
            (V::Int(a), V::Int(b)) => a == b,
            (V::Str(a), V::Str(b)) => a == b,
            (V::List(_) | V::Tuple(_), V::List(_) | V::Tuple(_)) => {
                let (a, b) = (self.items(0).unwrap(), other.items(0).unwrap());
                a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.eq(y))
            }
            _ => false,
        }
    }

    fn str(&self, line: usize, what: &str) -> R<String> {
        match self {
            V::Str(s) => Ok(s.clone()),
            other => err(
                line,
                format!("{what} must be a string, not a {}", other.type_name()),
            ),
        }
    }

    fn strs(&self, line: usize, what: &str) -> R<Vec<String>> {
        match self {
            V::List(_) | V::Tuple(_) => self
                .items(line)?
                .iter()
                .map(|v| v.str(line, what))
                .collect(),
            other => err(
                line,
                format!(
                    "{what} must be a list of strings, not a {}",
                    other.type_name()
                ),
            ),
        }
    }

    fn display(&self, line: usize) -> R<String> {
        Ok(match self {
            V::Str(s) => s.clone(),
            V::Int(i) => i.to_string(),
            V::Bool(true) => "True".into(),
            V::Bool(false) => "False".into(),
            V::None => "None".into(),
            other => {
                return err(
                    line,
                    format!("cannot format a {} as text", other.type_name()),
                )
            }
        })
    }
}

/// Positional and keyword arguments of a call, evaluated.
struct Args {
    line: usize,
    what: String,
    pos: Vec<V>,
    kw: Vec<(String, V)>,
}

impl Args {
    fn take_kw(&mut self, name: &str) -> Option<V> {
        let i = self.kw.iter().position(|(k, _)| k == name)?;
        Some(self.kw.remove(i).1)
    }

    /// The argument at position `i` or named `name`.
    fn get(&mut self, i: usize, name: &str) -> Option<V> {
        if let Some(v) = self.take_kw(name) {
            return Some(v);
        }
        if i < self.pos.len() {
            return Some(std::mem::replace(&mut self.pos[i], V::None));
        }
        None
    }

    fn req(&mut self, i: usize, name: &str) -> R<V> {
        let line = self.line;
        let what = self.what.clone();
        self.get(i, name)
            .ok_or_else(|| (line, format!("{what}: missing argument {name}")))
    }

    fn req_str(&mut self, i: usize, name: &str) -> R<String> {
        let what = format!("{}: {name}", self.what);
        self.req(i, name)?.str(self.line, &what)
    }

    fn opt_bool(&mut self, i: usize, name: &str) -> R<Option<bool>> {
        match self.get(i, name) {
            None | Some(V::None) => Ok(None),
            Some(V::Bool(b)) => Ok(Some(b)),
            Some(o) => err(
                self.line,
                format!(
                    "{}: {name} must be True or False, not a {}",
                    self.what,
                    o.type_name()
                ),
            ),
        }
    }

    /// Fails on any keyword not consumed, or more than `n` positionals.
    fn done(&self, n: usize) -> R<()> {
        if let Some((k, _)) = self.kw.first() {
            return err(
                self.line,
                format!("{}: unsupported keyword argument {k}", self.what),
            );
        }
        if self.pos.len() > n {
            return err(self.line, format!("{}: too many arguments", self.what));
        }
        Ok(())
    }

    /// Drops keywords that do not change what the operation does on the dialects
    /// ast-schema supports (documentation, other backends' options, existing state).
    fn ignore(&mut self, names: &[&str]) {
        self.kw.retain(|(k, _)| !names.contains(&k.as_str()));
    }
}

enum Flow {
    Normal,
    Return(V),
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
}

const OPS: &[&str] = &[
    "create_table",
    "drop_table",
    "add_column",
    "drop_column",
    "alter_column",
    "create_index",
    "drop_index",
    "create_unique_constraint",
    "create_primary_key",
    "create_foreign_key",
    "drop_constraint",
    "execute",
    "get_bind",
    "get_context",
    "batch_alter_table",
];

pub fn evaluate(module: &Module, dialect: Dialect) -> R<Evaluated> {
    let mut ev = Eval {
        dialect,
        globals: BTreeMap::new(),
        out: Vec::new(),
        created: Vec::new(),
        indexes: Vec::new(),
        depth: 0,
    };
    let mut locals = None;
    for s in &module.body {
        if let Flow::Return(_) = ev.stmt(s, &mut locals)? {
            return err(s.line, "return outside a function");
        }
    }
    let revision = match ev.globals.get("revision") {
        Some(V::Str(s)) => Some(s.clone()),
        _ => None,
    };
    let down_revision = match ev.globals.get("down_revision") {
        Some(V::Str(s)) => Some(Some(s.clone())),
        Some(V::None) => Some(None),
        _ => None,
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

type Locals = Option<BTreeMap<String, V>>;

impl Eval {
    fn set(&mut self, locals: &mut Locals, name: &str, v: V) {
        match locals {
            Some(l) => {
                l.insert(name.to_string(), v);
            }
            None => {
                self.globals.insert(name.to_string(), v);
            }
        }
    }

    fn lookup(&self, locals: &Locals, name: &str, line: usize) -> R<V> {
        if let Some(v) = locals.as_ref().and_then(|l| l.get(name)) {
            return Ok(v.clone());
        }
        if let Some(v) = self.globals.get(name) {
            return Ok(v.clone());
        }
        Ok(match name {
            "len" => V::Builtin("len"),
            "reversed" => V::Builtin("reversed"),
            "list" => V::Builtin("list"),
            "tuple" => V::Builtin("tuple"),
            "sorted" => V::Builtin("sorted"),
            "str" => V::Builtin("str"),
            "enumerate" => V::Builtin("enumerate"),
            "zip" => V::Builtin("zip"),
            _ => return err(line, format!("unknown name {name}")),
        })
    }

    fn block(&mut self, body: &[Stmt], locals: &mut Locals) -> R<Flow> {
        for s in body {
            if let Flow::Return(v) = self.stmt(s, locals)? {
                return Ok(Flow::Return(v));
            }
        }
        Ok(Flow::Normal)
    }

    fn assign(&mut self, t: &Target, v: V, locals: &mut Locals, line: usize) -> R<()> {
        match t {
            Target::Name(n) => self.set(locals, n, v),
            Target::Tuple(ts) => {
                let items = v.items(line)?;
                if items.len() != ts.len() {
                    return err(
                        line,
                        format!("cannot unpack {} values into {}", items.len(), ts.len()),
                    );
                }
                for (t, v) in ts.iter().zip(items) {
                    self.assign(t, v, locals, line)?;
                }
            }
            Target::Subscript(obj, key) => {
                let o = self.expr(obj, locals)?;
                let k = self.expr(key, locals)?;
                match o {
                    V::Dict(d) => {
                        let mut d = d.borrow_mut();
                        match d.iter_mut().find(|(x, _)| x.eq(&k)) {
                            Some(slot) => slot.1 = v,
                            None => d.push((k, v)),
                        }
                    }
                    V::List(l) => {
                        let mut l = l.borrow_mut();
                        let i = match k {
                            V::Int(i) if i >= 0 && (i as usize) < l.len() => i as usize,
                            _ => return err(line, "list index out of range"),
                        };
                        l[i] = v;
                    }
                    other => {
                        return err(line, format!("cannot assign into a {}", other.type_name()))
                    }
                }
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt, locals: &mut Locals) -> R<Flow> {
        let line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e, locals)?;
            }
            StmtKind::Assign(targets, value) => {
                let v = self.expr(value, locals)?;
                for t in targets {
                    self.assign(t, v.clone(), locals, line)?;
                }
            }
            StmtKind::AugAssign(t, op, value) => {
                let cur = match t {
                    Target::Name(n) => self.lookup(locals, n, line)?,
                    _ => {
                        return err(
                            line,
                            "unsupported Python construct: augmented assignment to a subscript",
                        )
                    }
                };
                let rhs = self.expr(value, locals)?;
                let v = binop(cur, *op, rhs, line)?;
                self.assign(t, v, locals, line)?;
            }
            StmtKind::FunctionDef(f) => self.set(locals, &f.name, V::Func(f.clone())),
            StmtKind::If(arms) => {
                for (cond, body) in arms {
                    let take = match cond {
                        None => true,
                        Some(c) => self.expr(c, locals)?.truthy(c.line)?,
                    };
                    if take {
                        return self.block(body, locals);
                    }
                }
            }
            StmtKind::For(t, iter, body) => {
                let items = self.expr(iter, locals)?.items(line)?;
                for item in items {
                    self.assign(t, item, locals, line)?;
                    if let Flow::Return(v) = self.block(body, locals)? {
                        return Ok(Flow::Return(v));
                    }
                }
            }
            StmtKind::With(e, alias, body) => {
                let v = self.expr(e, locals)?;
                if !matches!(v, V::Batch(_)) {
                    return err(
                        line,
                        format!("unsupported Python construct: with on a {}", v.type_name()),
                    );
                }
                if let Some(a) = alias {
                    self.set(locals, a, v);
                }
                return self.block(body, locals);
            }
            StmtKind::Return(e) => {
                let v = match e {
                    Some(e) => self.expr(e, locals)?,
                    None => V::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Pass => {}
            StmtKind::Import(names) => {
                for (name, alias) in names {
                    let v = match name.as_str() {
                        "sqlalchemy" => V::Module("sa"),
                        "itertools" => V::Module("itertools"),
                        "operator" => V::Module("operator"),
                        "alembic.op" => V::Module("op"),
                        _ => return err(line, format!("unsupported import {name}")),
                    };
                    let bind = alias
                        .clone()
                        .unwrap_or_else(|| name.split('.').next().unwrap().to_string());
                    if alias.is_none() && name.contains('.') {
                        return err(
                            line,
                            format!("unsupported import {name} (import it with `as`)"),
                        );
                    }
                    self.set(locals, &bind, v);
                }
            }
            StmtKind::ImportFrom(module, names) => {
                for (name, alias) in names {
                    let v = import_from(module, name).ok_or_else(|| {
                        (line, format!("unsupported import {name} from {module}"))
                    })?;
                    self.set(locals, alias.as_deref().unwrap_or(name), v);
                }
            }
        }
        Ok(Flow::Normal)
    }

    fn expr(&mut self, e: &Expr, locals: &mut Locals) -> R<V> {
        let line = e.line;
        Ok(match &e.kind {
            ExprKind::Name(n) => self.lookup(locals, n, line)?,
            ExprKind::Str(s) => V::Str(s.clone()),
            ExprKind::Int(i) => V::Int(*i),
            ExprKind::Bool(b) => V::Bool(*b),
            ExprKind::None => V::None,
            ExprKind::List(items) => V::list(self.seq(items, locals)?),
            ExprKind::Tuple(items) => V::Tuple(Rc::new(self.seq(items, locals)?)),
            ExprKind::Dict(items) => {
                let mut d = Vec::new();
                for (k, v) in items {
                    d.push((self.expr(k, locals)?, self.expr(v, locals)?));
                }
                V::Dict(Rc::new(RefCell::new(d)))
            }
            ExprKind::Attr(obj, name) => {
                let o = self.expr(obj, locals)?;
                self.attr(o, name, line)?
            }
            ExprKind::Subscript(obj, key) => {
                let o = self.expr(obj, locals)?;
                let k = self.expr(key, locals)?;
                match (&o, &k) {
                    (V::List(_) | V::Tuple(_), V::Int(i)) => {
                        let items = o.items(line)?;
                        let i = if *i < 0 { items.len() as i64 + i } else { *i };
                        items
                            .get(i as usize)
                            .cloned()
                            .ok_or_else(|| (line, "index out of range".to_string()))?
                    }
                    (V::Dict(d), _) => d
                        .borrow()
                        .iter()
                        .find(|(x, _)| x.eq(&k))
                        .map(|(_, v)| v.clone())
                        .ok_or_else(|| (line, "key not in dict".to_string()))?,
                    (V::TableCols(t), V::Str(c)) => table_column(t, c, line)?,
                    _ => {
                        return err(
                            line,
                            format!("cannot index a {} with a {}", o.type_name(), k.type_name()),
                        )
                    }
                }
            }
            ExprKind::BinOp(a, op, b) => {
                let a = self.expr(a, locals)?;
                let b = self.expr(b, locals)?;
                binop(a, *op, b, line)?
            }
            ExprKind::Compare(first, rest) => {
                let mut left = self.expr(first, locals)?;
                let mut result = V::Bool(true);
                for (op, right) in rest {
                    let r = self.expr(right, locals)?;
                    let v = compare(&left, *op, &r, line)?;
                    if let V::Sql(_) = v {
                        if rest.len() != 1 {
                            return err(line, "chained comparison of SQL expressions");
                        }
                        return Ok(v);
                    }
                    if !v.truthy(line)? {
                        result = V::Bool(false);
                        break;
                    }
                    left = r;
                }
                result
            }
            ExprKind::And(a, b) => {
                let a = self.expr(a, locals)?;
                if !a.truthy(line)? {
                    a
                } else {
                    self.expr(b, locals)?
                }
            }
            ExprKind::Or(a, b) => {
                let a = self.expr(a, locals)?;
                if a.truthy(line)? {
                    a
                } else {
                    self.expr(b, locals)?
                }
            }
            ExprKind::Not(a) => V::Bool(!self.expr(a, locals)?.truthy(line)?),
            ExprKind::Neg(a) => match self.expr(a, locals)? {
                V::Int(i) => V::Int(-i),
                o => return err(line, format!("cannot negate a {}", o.type_name())),
            },
            ExprKind::IfExp(test, body, orelse) => {
                if self.expr(test, locals)?.truthy(line)? {
                    self.expr(body, locals)?
                } else {
                    self.expr(orelse, locals)?
                }
            }
            ExprKind::ListComp(elt, target, iter, conds) => {
                let items = self.expr(iter, locals)?.items(line)?;
                let mut out = Vec::new();
                for item in items {
                    self.assign(target, item, locals, line)?;
                    let mut keep = true;
                    for c in conds {
                        if !self.expr(c, locals)?.truthy(line)? {
                            keep = false;
                            break;
                        }
                    }
                    if keep {
                        out.push(self.expr(elt, locals)?);
                    }
                }
                V::list(out)
            }
            ExprKind::Starred(_) => {
                return err(
                    line,
                    "unsupported Python construct: starred expression here",
                )
            }
            ExprKind::Call(func, args) => {
                let f = self.expr(func, locals)?;
                let mut pos = Vec::new();
                let mut kw = Vec::new();
                for a in args {
                    match a {
                        Arg::Pos(e) => pos.push(self.expr(e, locals)?),
                        Arg::Star(e) => pos.extend(self.expr(e, locals)?.items(e.line)?),
                        Arg::Kw(k, e) => kw.push((k.clone(), self.expr(e, locals)?)),
                    }
                }
                self.call(f, pos, kw, line)?
            }
        })
    }

    fn seq(&mut self, items: &[Expr], locals: &mut Locals) -> R<Vec<V>> {
        let mut out = Vec::new();
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => out.extend(self.expr(inner, locals)?.items(i.line)?),
                _ => out.push(self.expr(i, locals)?),
            }
        }
        Ok(out)
    }

    fn attr(&mut self, o: V, name: &str, line: usize) -> R<V> {
        Ok(match (&o, name) {
            (V::Module("op"), n) if OPS.contains(&n) => V::Builtin(op_name(n)),
            (V::Module("op"), n) => return err(line, format!("unsupported operation op.{n}")),
            (V::Module("context"), "bind") | (V::Context, "bind") => V::Bind,
            (V::Module("context"), "is_offline_mode") => V::Builtin("context.is_offline_mode"),
            (V::Module("context"), "get_context") => V::Builtin("op.get_context"),
            (V::Context, "dialect") | (V::Bind, "dialect") => V::DialectObj,
            (V::Bind, "engine") => V::Bind,
            (V::DialectObj, "name") => V::Str(self.dialect_name().into()),
            (V::Module("sa"), "sql") => V::Module("sa.sql"),
            (V::Module("sa"), "dialects") => V::Module("sa.dialects"),
            (V::Module("sa.dialects"), "postgresql") => V::Module("postgresql"),
            (V::Module("sa.dialects"), "mysql") => V::Module("mysql"),
            (V::Module(m), n) => match import_from(&module_path(m), n) {
                Some(v) => v,
                None => return err(line, format!("unsupported name {m}.{n}")),
            },
            (V::Table(t), "c") => V::TableCols(t.clone()),
            (V::TableCols(t), c) => table_column(t, c, line)?,
            (V::Ty(SaType::Enum { .. }), "create" | "drop")
            | (V::Table(_), "update" | "append_column")
            | (V::Update(_), "where" | "values")
            | (V::Str(_), "format" | "join" | "upper" | "lower" | "strip")
            | (V::List(_), "append" | "extend")
            | (V::Dict(_), "items" | "keys" | "values")
            | (V::Batch(_), _)
            | (V::Sql(_), "in_") => V::Method(Box::new(o), name.to_string()),
            _ => {
                return err(
                    line,
                    format!("unsupported attribute {name} of a {}", o.type_name()),
                )
            }
        })
    }

    fn dialect_name(&self) -> &'static str {
        match self.dialect {
            Dialect::Mysql => "mysql",
            Dialect::Postgresql => "postgresql",
            Dialect::Sqlite => "sqlite",
        }
    }

    fn call_func(
        &mut self,
        f: &Rc<FuncDef>,
        pos: Vec<V>,
        kw: Vec<(String, V)>,
        line: usize,
    ) -> R<V> {
        if self.depth > 50 {
            return err(line, "recursion too deep");
        }
        if pos.len() > f.params.len() {
            return err(
                line,
                format!(
                    "{}() takes {} arguments, {} given",
                    f.name,
                    f.params.len(),
                    pos.len()
                ),
            );
        }
        let mut l = BTreeMap::new();
        let mut kw = kw;
        for (i, (p, default)) in f.params.iter().enumerate() {
            let v = if i < pos.len() {
                pos[i].clone()
            } else if let Some(j) = kw.iter().position(|(k, _)| k == p) {
                kw.remove(j).1
            } else if let Some(d) = default {
                let mut none = None;
                self.expr(d, &mut none)?
            } else {
                return err(line, format!("{}() missing argument {p}", f.name));
            };
            l.insert(p.clone(), v);
        }
        if let Some((k, _)) = kw.first() {
            return err(
                line,
                format!("{}() got an unexpected keyword argument {k}", f.name),
            );
        }
        self.depth += 1;
        let mut locals = Some(l);
        let r = self.block(&f.body, &mut locals);
        self.depth -= 1;
        Ok(match r? {
            Flow::Return(v) => v,
            Flow::Normal => V::None,
        })
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

    fn builtin(&mut self, name: &'static str, mut a: Args) -> R<V> {
        let line = a.line;
        if let Some(t) = sa_plain_type(name) {
            return Ok(V::Ty(self.plain_type(t, a)?));
        }
        Ok(match name {
            "len" => {
                a.done(1)?;
                V::Int(a.req(0, "obj")?.items(line)?.len() as i64)
            }
            "reversed" | "list" | "tuple" | "sorted" => {
                a.done(1)?;
                let mut items = a.req(0, "iterable")?.items(line)?;
                if name == "reversed" {
                    items.reverse();
                }
                if name == "sorted" {
                    let mut keyed: Vec<(String, V)> = items
                        .into_iter()
                        .map(|v| Ok((v.display(line)?, v)))
                        .collect::<R<_>>()?;
                    keyed.sort_by(|x, y| x.0.cmp(&y.0));
                    items = keyed.into_iter().map(|(_, v)| v).collect();
                }
                if name == "tuple" {
                    V::Tuple(Rc::new(items))
                } else {
                    V::list(items)
                }
            }
            "enumerate" => {
                a.done(1)?;
                let items = a.req(0, "iterable")?.items(line)?;
                V::list(
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| V::Tuple(Rc::new(vec![V::Int(i as i64), v])))
                        .collect(),
                )
            }
            "zip" => {
                let lists: Vec<Vec<V>> = a.pos.iter().map(|v| v.items(line)).collect::<R<_>>()?;
                let n = lists.iter().map(|l| l.len()).min().unwrap_or(0);
                V::list(
                    (0..n)
                        .map(|i| V::Tuple(Rc::new(lists.iter().map(|l| l[i].clone()).collect())))
                        .collect(),
                )
            }
            "str" => {
                a.done(1)?;
                V::Str(a.req(0, "obj")?.display(line)?)
            }
            "itertools.groupby" => {
                let items = a.req(0, "iterable")?.items(line)?;
                let key = a.get(1, "key");
                a.done(2)?;
                let mut groups: Vec<(V, Vec<V>)> = Vec::new();
                for item in items {
                    let k = match &key {
                        Some(f) => self.call(f.clone(), vec![item.clone()], Vec::new(), line)?,
                        None => item.clone(),
                    };
                    match groups.last_mut() {
                        Some((gk, g)) if gk.eq(&k) => g.push(item),
                        _ => groups.push((k, vec![item])),
                    }
                }
                V::list(
                    groups
                        .into_iter()
                        .map(|(k, g)| V::Tuple(Rc::new(vec![k, V::list(g)])))
                        .collect(),
                )
            }
            "operator.itemgetter" => {
                a.done(1)?;
                match a.req(0, "item")? {
                    V::Int(i) if i >= 0 => V::ItemGetter(i),
                    _ => return err(line, "itemgetter takes one non-negative index"),
                }
            }
            "context.is_offline_mode" => {
                a.done(0)?;
                V::Bool(false)
            }
            "op.get_context" => {
                a.done(0)?;
                V::Context
            }
            "op.get_bind" => {
                a.done(0)?;
                V::Bind
            }
            "quoted_name" => {
                let v = a.req_str(0, "value")?;
                a.get(1, "quote");
                a.done(2)?;
                V::Str(v)
            }
            "sa.text" => {
                let t = a.req_str(0, "text")?;
                a.done(1)?;
                V::Sql(Rc::new(SqlExpr::Text(t)))
            }
            "sa.table" => {
                let name = a.req_str(0, "name")?;
                let mut t = TableVal {
                    name,
                    columns: Vec::new(),
                };
                for c in rest(&mut a.pos) {
                    match c {
                        V::Column(c) => t.columns.push(c.name.clone()),
                        V::Sql(s) => match s.as_ref() {
                            SqlExpr::Col(n) => t.columns.push(n.clone()),
                            _ => return err(line, "sa.table: columns must be columns"),
                        },
                        o => {
                            return err(
                                line,
                                format!("sa.table: a {} is not a column", o.type_name()),
                            )
                        }
                    }
                }
                a.ignore(&["schema"]);
                a.done(1)?;
                V::Table(Rc::new(RefCell::new(t)))
            }
            "sa.column" => {
                let n = a.req_str(0, "name")?;
                a.get(1, "type_");
                a.done(2)?;
                V::Sql(Rc::new(SqlExpr::Col(n)))
            }
            "sa.or_" => {
                let mut parts = Vec::new();
                for p in a.pos.drain(..) {
                    parts.push(sql_of(p, line)?);
                }
                a.done(0)?;
                V::Sql(Rc::new(SqlExpr::Or(parts)))
            }
            "sa.case" => {
                let else_ = match a.take_kw("else_") {
                    Some(v) => Some(Box::new(sql_of(v, line)?)),
                    None => None,
                };
                let mut whens = Vec::new();
                for w in a.pos.drain(..) {
                    let pair = w.items(line)?;
                    if pair.len() != 2 {
                        return err(line, "sa.case: each when is (condition, value)");
                    }
                    whens.push((
                        sql_of(pair[0].clone(), line)?,
                        sql_of(pair[1].clone(), line)?,
                    ));
                }
                a.done(0)?;
                V::Sql(Rc::new(SqlExpr::Case(whens, else_)))
            }
            "sa.cast" => {
                let e = sql_of(a.req(0, "expression")?, line)?;
                let t = self.type_of(a.req(1, "type_")?, line)?;
                a.done(2)?;
                V::Sql(Rc::new(SqlExpr::Cast(Box::new(e), t)))
            }
            "sa.Enum" | "ENUM" => {
                let mut values = Vec::new();
                for v in a.pos.drain(..) {
                    values.push(v.str(line, "an enum value")?);
                }
                let name = match a.take_kw("name") {
                    None | Some(V::None) => None,
                    Some(v) => Some(v.str(line, "enum name")?),
                };
                let create_type = match a.take_kw("create_type") {
                    None => true,
                    Some(V::Bool(b)) => b,
                    Some(_) => return err(line, "create_type must be True or False"),
                };
                a.ignore(&[
                    "native_enum",
                    "create_constraint",
                    "metadata",
                    "inherit_schema",
                ]);
                a.done(0)?;
                V::Ty(SaType::Enum {
                    values,
                    name,
                    create_type,
                })
            }
            "sa.Column" => V::Column(Rc::new(self.column(a)?)),
            "sa.ForeignKey" => {
                let target = a.req_str(0, "column")?;
                let ondelete = opt_str(a.take_kw("ondelete"), line)?;
                let onupdate = opt_str(a.take_kw("onupdate"), line)?;
                a.ignore(&["name"]);
                a.done(1)?;
                let (t, c) = target.split_once('.').ok_or_else(|| {
                    (
                        line,
                        format!("sa.ForeignKey: {target:?} is not table.column"),
                    )
                })?;
                V::Tuple(Rc::new(vec![
                    V::Str("__fk__".into()),
                    V::Str(t.into()),
                    V::Str(c.into()),
                    ondelete.map(V::Str).unwrap_or(V::None),
                    onupdate.map(V::Str).unwrap_or(V::None),
                ]))
            }
            "sa.PrimaryKeyConstraint" | "sa.UniqueConstraint" => {
                let mut cols = Vec::new();
                for v in a.pos.drain(..) {
                    cols.push(v.str(line, "a constraint column")?);
                }
                let cname = opt_str(a.take_kw("name"), line)?;
                a.done(0)?;
                let k = KeySpec {
                    name: cname,
                    columns: cols,
                };
                V::Constraint(Rc::new(if name == "sa.UniqueConstraint" {
                    Constraint::Unique(k)
                } else {
                    Constraint::Primary(k)
                }))
            }
            "sa.ForeignKeyConstraint" => {
                let columns = a.req(0, "columns")?.strs(line, "columns")?;
                let refcols = a.req(1, "refcolumns")?.strs(line, "refcolumns")?;
                let cname = opt_str(a.take_kw("name"), line)?;
                let on_delete = opt_str(a.take_kw("ondelete"), line)?;
                let on_update = opt_str(a.take_kw("onupdate"), line)?;
                a.done(2)?;
                let mut ref_table = None;
                let mut ref_columns = Vec::new();
                for r in refcols {
                    let (t, c) = r.split_once('.').ok_or_else(|| {
                        (
                            line,
                            format!("sa.ForeignKeyConstraint: {r:?} is not table.column"),
                        )
                    })?;
                    if ref_table.as_deref().is_some_and(|x| x != t) {
                        return err(line, "sa.ForeignKeyConstraint: columns of two tables");
                    }
                    ref_table = Some(t.to_string());
                    ref_columns.push(c.to_string());
                }
                V::Constraint(Rc::new(Constraint::Foreign(ForeignKeySpec {
                    name: cname,
                    columns,
                    ref_table: ref_table
                        .ok_or_else(|| (line, "sa.ForeignKeyConstraint: no columns".to_string()))?,
                    ref_columns,
                    on_delete,
                    on_update,
                })))
            }
            "op.create_table" => {
                let table = a.req_str(0, "table_name")?;
                let mut columns = Vec::new();
                let mut primary_key = None;
                let mut unique = Vec::new();
                let mut foreign_keys = Vec::new();
                let mut specs = Vec::new();
                for item in rest(&mut a.pos) {
                    match item {
                        V::Column(c) => specs.push(c),
                        V::Constraint(c) => match c.as_ref() {
                            Constraint::Primary(k) => primary_key = Some(k.clone()),
                            Constraint::Unique(k) => unique.push(k.clone()),
                            Constraint::Foreign(f) => foreign_keys.push(f.clone()),
                        },
                        o => {
                            return err(
                                line,
                                format!(
                                    "op.create_table: a {} is not a column or constraint",
                                    o.type_name()
                                ),
                            )
                        }
                    }
                }
                a.ignore(&[
                    "mysql_engine",
                    "mysql_charset",
                    "mysql_collate",
                    "mysql_row_format",
                    "comment",
                ]);
                a.done(1)?;
                let pk_count = specs.iter().filter(|c| c.primary_key).count();
                // SQLAlchemy's one autoincrement column: the first primary key column
                // flagged autoincrement=True.
                let pk_cols: Vec<&ColSpec> = specs
                    .iter()
                    .map(|c| c.as_ref())
                    .filter(|c| c.primary_key)
                    .collect();
                let auto_col = pk_cols
                    .iter()
                    .find(|c| c.autoincrement == Some(true))
                    .map(|c| c.name.clone());
                let mut table_pk = false;
                if pk_count > 1 && primary_key.is_none() {
                    if let Some(a) = &auto_col {
                        if pk_cols[0].name != *a {
                            // It goes first in the key, so the key is a table-level one.
                            let mut cols: Vec<String> = vec![a.clone()];
                            cols.extend(pk_cols.iter().map(|c| c.name.clone()).filter(|n| n != a));
                            primary_key = Some(KeySpec {
                                name: None,
                                columns: cols,
                            });
                            table_pk = true;
                        }
                    }
                }
                // Alembic's create_table creates each enum type its columns use (PostgreSQL).
                for c in &specs {
                    if let SaType::Enum {
                        name: Some(n),
                        values,
                        create_type: true,
                    } = &c.ty
                    {
                        if !self.created.contains(n) {
                            self.created.push(n.clone());
                            self.emit(
                                Op::CreateEnum {
                                    name: n.clone(),
                                    values: values.clone(),
                                },
                                c.line,
                            );
                        }
                    }
                }
                for c in &specs {
                    let mut col = self.to_column(c)?;
                    if table_pk {
                        col.primary_key = false;
                    }
                    // SQLAlchemy only honours autoincrement on its one autoincrement column.
                    if c.autoincrement == Some(true) && auto_col.as_deref() != Some(c.name.as_str())
                    {
                        col.autoincrement = false;
                    }
                    if let Some((t, rc, od, ou)) = &c.foreign_key {
                        foreign_keys.push(ForeignKeySpec {
                            name: None,
                            columns: vec![c.name.clone()],
                            ref_table: t.clone(),
                            ref_columns: vec![rc.clone()],
                            on_delete: od.clone(),
                            on_update: ou.clone(),
                        });
                    }
                    // SQLAlchemy's autoincrement="auto": the one integer primary key column
                    if c.autoincrement.is_none()
                        && c.primary_key
                        && pk_count == 1
                        && primary_key.is_none()
                        && col.ty.is_integer()
                        && c.server_default.is_none()
                        && c.foreign_key.is_none()
                    {
                        col.autoincrement = true;
                    }
                    columns.push(col);
                }
                self.emit(
                    Op::CreateTable {
                        table,
                        columns,
                        primary_key,
                        unique,
                        foreign_keys,
                    },
                    line,
                );
                V::None
            }
            "op.drop_table" => {
                let table = a.req_str(0, "table_name")?;
                a.done(1)?;
                self.emit(Op::DropTable { table }, line);
                V::None
            }
            "op.add_column" => {
                let table = a.req_str(0, "table_name")?;
                let col = a.req(1, "column")?;
                a.done(2)?;
                self.add_column(table, col, line)?;
                V::None
            }
            "op.drop_column" => {
                let table = a.req_str(0, "table_name")?;
                let column = a.req_str(1, "column_name")?;
                a.ignore(&[
                    "mssql_drop_check",
                    "mssql_drop_default",
                    "mssql_drop_foreign_key",
                ]);
                a.done(2)?;
                self.emit(Op::DropColumn { table, column }, line);
                V::None
            }
            "op.alter_column" => {
                let table = a.req_str(0, "table_name")?;
                let column = a.req_str(1, "column_name")?;
                self.alter_column(table, column, a, 2)?;
                V::None
            }
            "op.create_index" => {
                let name = a.req_str(0, "index_name")?;
                let table = a.req_str(1, "table_name")?;
                let columns = a.req(2, "columns")?.strs(line, "columns")?;
                let unique = a.opt_bool(99, "unique")?.unwrap_or(false);
                a.done(3)?;
                self.indexes.push((name.clone(), table.clone()));
                self.emit(
                    Op::CreateIndex {
                        name,
                        table,
                        columns,
                        unique,
                    },
                    line,
                );
                V::None
            }
            "op.drop_index" => {
                let name = a.req_str(0, "index_name")?;
                let table = match a.get(1, "table_name") {
                    Some(v) => v.str(line, "table_name")?,
                    // Alembic names the table `no_table`, which MySQL rejects; elsewhere
                    // DROP INDEX needs no table, and the model takes it from the script's
                    // own create_index of that name.
                    None if self.dialect == Dialect::Mysql => "no_table".to_string(),
                    None => match self.indexes.iter().find(|(i, _)| *i == name) {
                        Some((_, t)) => t.clone(),
                        None => {
                            return err(
                                line,
                                format!("op.drop_index: index {name} without its table_name"),
                            )
                        }
                    },
                };
                a.done(2)?;
                self.emit(Op::DropIndex { name, table }, line);
                V::None
            }
            "op.create_unique_constraint" | "op.create_primary_key" => {
                let cname = a.req_str(0, "constraint_name")?;
                let table = a.req_str(1, "table_name")?;
                let columns = a.req(2, "columns")?.strs(line, "columns")?;
                a.done(3)?;
                self.emit(
                    if name == "op.create_primary_key" {
                        Op::CreatePrimaryKey {
                            name: cname,
                            table,
                            columns,
                        }
                    } else {
                        Op::CreateUnique {
                            name: cname,
                            table,
                            columns,
                        }
                    },
                    line,
                );
                V::None
            }
            "op.create_foreign_key" => {
                let cname = a.req_str(0, "constraint_name")?;
                let table = a.req_str(1, "source_table")?;
                let ref_table = a.req_str(2, "referent_table")?;
                let columns = a.req(3, "local_cols")?.strs(line, "local_cols")?;
                let ref_columns = a.req(4, "remote_cols")?.strs(line, "remote_cols")?;
                let on_delete = opt_str(a.take_kw("ondelete"), line)?;
                let on_update = opt_str(a.take_kw("onupdate"), line)?;
                a.done(5)?;
                self.emit(
                    Op::CreateForeignKey {
                        name: cname,
                        table,
                        columns,
                        ref_table,
                        ref_columns,
                        on_delete,
                        on_update,
                    },
                    line,
                );
                V::None
            }
            "op.drop_constraint" => {
                let cname = a.req_str(0, "constraint_name")?;
                let table = a.req_str(1, "table_name")?;
                let kind = match a.get(2, "type_") {
                    None | Some(V::None) => {
                        return err(
                            line,
                            format!(
                            "op.drop_constraint: constraint {cname} without type_ (MySQL needs it)"
                        ),
                        )
                    }
                    Some(v) => match v.str(line, "type_")?.as_str() {
                        "unique" => ConstraintKind::Unique,
                        "foreignkey" => ConstraintKind::ForeignKey,
                        "primary" => ConstraintKind::PrimaryKey,
                        "check" => ConstraintKind::Check,
                        t => return err(line, format!("op.drop_constraint: unknown type_ {t:?}")),
                    },
                };
                a.done(3)?;
                self.emit(
                    Op::DropConstraint {
                        name: cname,
                        table,
                        kind,
                    },
                    line,
                );
                V::None
            }
            "op.execute" => {
                let what = a.req(0, "sqltext")?;
                a.done(1)?;
                match what {
                    V::Str(sql) => {
                        let op = super::sql::recognize(&sql, self.dialect)
                            .map_err(|e| (line, format!("op.execute: {e}")))?;
                        self.emit(op, line);
                    }
                    V::Update(u) => {
                        let op = update_op(&u, line)?;
                        self.emit(op, line);
                    }
                    V::Sql(s) => match s.as_ref() {
                        SqlExpr::Text(t) => {
                            let op = super::sql::recognize(t, self.dialect)
                                .map_err(|e| (line, format!("op.execute: {e}")))?;
                            self.emit(op, line);
                        }
                        _ => return err(line, "op.execute: unsupported SQL expression"),
                    },
                    o => return err(line, format!("op.execute of a {}", o.type_name())),
                }
                V::None
            }
            "op.batch_alter_table" => {
                let table = a.req_str(0, "table_name")?;
                a.ignore(&[
                    "recreate",
                    "schema",
                    "reflect_args",
                    "table_kwargs",
                    "copy_from",
                    "partial_reordering",
                ]);
                a.done(1)?;
                V::Batch(table)
            }
            other => return err(line, format!("unsupported call {other}()")),
        })
    }

    fn method(&mut self, recv: V, name: &str, mut a: Args) -> R<V> {
        let line = a.line;
        Ok(match (recv, name) {
            (
                V::Ty(SaType::Enum {
                    values,
                    name: Some(n),
                    ..
                }),
                "create",
            ) => {
                a.req(0, "bind")?;
                a.ignore(&["checkfirst"]);
                a.done(1)?;
                self.created.push(n.clone());
                self.emit(Op::CreateEnum { name: n, values }, line);
                V::None
            }
            (V::Ty(SaType::Enum { name: Some(n), .. }), "drop") => {
                a.req(0, "bind")?;
                a.ignore(&["checkfirst"]);
                a.done(1)?;
                self.emit(Op::DropEnum { name: n }, line);
                V::None
            }
            (V::Ty(SaType::Enum { name: None, .. }), _) => {
                return err(line, "an enum type without name=")
            }
            (V::Table(t), "update") => {
                a.done(0)?;
                let name = t.borrow().name.clone();
                V::Update(Rc::new(UpdateVal {
                    table: name,
                    wheres: Vec::new(),
                    values: Vec::new(),
                }))
            }
            (V::Table(t), "append_column") => {
                let c = a.req(0, "column")?;
                a.done(1)?;
                let name = match c {
                    V::Sql(s) => match s.as_ref() {
                        SqlExpr::Col(n) => n.clone(),
                        _ => return err(line, "append_column of a non-column"),
                    },
                    V::Column(c) => c.name.clone(),
                    o => return err(line, format!("append_column of a {}", o.type_name())),
                };
                t.borrow_mut().columns.push(name);
                V::None
            }
            (V::Update(u), "where") => {
                let c = sql_of(a.req(0, "whereclause")?, line)?;
                a.done(1)?;
                let mut u = (*u).clone();
                u.wheres.push(c);
                V::Update(Rc::new(u))
            }
            (V::Update(u), "values") => {
                let mut u = (*u).clone();
                if let Some(d) = a.pos.first().cloned() {
                    match d {
                        V::Dict(d) => {
                            for (k, v) in d.borrow().iter() {
                                u.values.push((
                                    k.str(line, "a column name")?,
                                    sql_of(v.clone(), line)?,
                                ));
                            }
                        }
                        o => return err(line, format!("update values of a {}", o.type_name())),
                    }
                    a.pos.remove(0);
                }
                for (k, v) in a.kw.drain(..) {
                    u.values.push((k, sql_of(v, line)?));
                }
                a.done(0)?;
                V::Update(Rc::new(u))
            }
            (V::Str(s), "format") => {
                let mut out = String::new();
                let mut chars = s.chars().peekable();
                let mut auto = 0usize;
                while let Some(c) = chars.next() {
                    match c {
                        '{' if chars.peek() == Some(&'{') => {
                            chars.next();
                            out.push('{');
                        }
                        '}' if chars.peek() == Some(&'}') => {
                            chars.next();
                            out.push('}');
                        }
                        '{' => {
                            let mut field = String::new();
                            for c in chars.by_ref() {
                                if c == '}' {
                                    break;
                                }
                                field.push(c);
                            }
                            let v = if field.is_empty() {
                                auto += 1;
                                a.pos.get(auto - 1).cloned()
                            } else if let Ok(i) = field.parse::<usize>() {
                                a.pos.get(i).cloned()
                            } else {
                                a.kw.iter()
                                    .find(|(k, _)| *k == field)
                                    .map(|(_, v)| v.clone())
                            };
                            let v = v.ok_or_else(|| {
                                (line, format!("str.format: no value for {{{field}}}"))
                            })?;
                            out.push_str(&v.display(line)?);
                        }
                        c => out.push(c),
                    }
                }
                V::Str(out)
            }
            (V::Str(s), "join") => {
                let items = a.req(0, "iterable")?.strs(line, "joined items")?;
                a.done(1)?;
                V::Str(items.join(&s))
            }
            (V::Str(s), "upper") => V::Str(s.to_uppercase()),
            (V::Str(s), "lower") => V::Str(s.to_lowercase()),
            (V::Str(s), "strip") => V::Str(s.trim().to_string()),
            (V::List(l), "append") => {
                let v = a.req(0, "object")?;
                a.done(1)?;
                l.borrow_mut().push(v);
                V::None
            }
            (V::List(l), "extend") => {
                let v = a.req(0, "iterable")?.items(line)?;
                a.done(1)?;
                l.borrow_mut().extend(v);
                V::None
            }
            (V::Dict(d), "items") => V::list(
                d.borrow()
                    .iter()
                    .map(|(k, v)| V::Tuple(Rc::new(vec![k.clone(), v.clone()])))
                    .collect(),
            ),
            (V::Dict(d), "keys") => V::list(d.borrow().iter().map(|(k, _)| k.clone()).collect()),
            (V::Dict(d), "values") => V::list(d.borrow().iter().map(|(_, v)| v.clone()).collect()),
            (V::Sql(s), "in_") => {
                let items = a.req(0, "other")?.items(line)?;
                a.done(1)?;
                let mut parts = Vec::new();
                for i in items {
                    parts.push(SqlExpr::Eq(
                        Box::new((*s).clone()),
                        Box::new(sql_of(i, line)?),
                    ));
                }
                V::Sql(Rc::new(SqlExpr::Or(parts)))
            }
            (V::Batch(table), m) => {
                a.what = format!("batch_op.{m}");
                match m {
                    "add_column" => {
                        let col = a.req(0, "column")?;
                        a.ignore(&["insert_before", "insert_after"]);
                        a.done(1)?;
                        self.add_column(table, col, line)?;
                    }
                    "drop_column" => {
                        let column = a.req_str(0, "column_name")?;
                        a.done(1)?;
                        self.emit(Op::DropColumn { table, column }, line);
                    }
                    "alter_column" => {
                        let column = a.req_str(0, "column_name")?;
                        self.alter_column(table, column, a, 1)?;
                    }
                    "create_index" => {
                        let name = a.req_str(0, "index_name")?;
                        let columns = a.req(1, "columns")?.strs(line, "columns")?;
                        let unique = a.opt_bool(99, "unique")?.unwrap_or(false);
                        a.done(2)?;
                        self.emit(
                            Op::CreateIndex {
                                name,
                                table,
                                columns,
                                unique,
                            },
                            line,
                        );
                    }
                    "drop_index" => {
                        let name = a.req_str(0, "index_name")?;
                        a.done(1)?;
                        self.emit(Op::DropIndex { name, table }, line);
                    }
                    "create_primary_key" | "create_unique_constraint" => {
                        let name = a.req_str(0, "constraint_name")?;
                        let columns = a.req(1, "columns")?.strs(line, "columns")?;
                        a.done(2)?;
                        self.emit(
                            if m == "create_primary_key" {
                                Op::CreatePrimaryKey {
                                    name,
                                    table,
                                    columns,
                                }
                            } else {
                                Op::CreateUnique {
                                    name,
                                    table,
                                    columns,
                                }
                            },
                            line,
                        );
                    }
                    "drop_constraint" => {
                        let name = a.req_str(0, "constraint_name")?;
                        let kind = match a.get(1, "type_") {
                            Some(V::Str(t)) if t == "unique" => ConstraintKind::Unique,
                            Some(V::Str(t)) if t == "foreignkey" => ConstraintKind::ForeignKey,
                            Some(V::Str(t)) if t == "primary" => ConstraintKind::PrimaryKey,
                            Some(V::Str(t)) if t == "check" => ConstraintKind::Check,
                            _ => return err(line, format!("batch_op.drop_constraint: constraint {name} without a known type_")),
                        };
                        a.done(2)?;
                        self.emit(Op::DropConstraint { name, table, kind }, line);
                    }
                    other => return err(line, format!("unsupported operation batch_op.{other}")),
                }
                V::None
            }
            (r, m) => {
                return err(
                    line,
                    format!("unsupported method {m} of a {}", r.type_name()),
                )
            }
        })
    }

    fn plain_type(&mut self, t: &'static str, mut a: Args) -> R<SaType> {
        let mut nums = Vec::new();
        let names: &[&str] = match t {
            "string" => &["length"],
            "numeric" => &["precision", "scale"],
            "blob" => &["length"],
            "float" => &["precision"],
            _ => &[],
        };
        for (i, n) in names.iter().enumerate() {
            match a.get(i, n) {
                None | Some(V::None) => {}
                Some(V::Int(v)) => {
                    while nums.len() < i {
                        nums.push(-1);
                    }
                    nums.push(v)
                }
                Some(o) => {
                    return err(
                        a.line,
                        format!("{}: {n} must be a number, not a {}", a.what, o.type_name()),
                    )
                }
            }
        }
        a.ignore(&[
            "collation",
            "convert_unicode",
            "timezone",
            "asdecimal",
            "unicode_error",
            "_warn_on_bytestring",
        ]);
        a.done(names.len())?;
        Ok(SaType::Plain(t, nums))
    }

    fn type_of(&mut self, v: V, line: usize) -> R<SaType> {
        match v {
            V::Ty(t) => Ok(t),
            V::Builtin(b) if sa_plain_type(b).is_some() => {
                Ok(SaType::Plain(sa_plain_type(b).unwrap(), Vec::new()))
            }
            o => err(line, format!("a {} is not a column type", o.type_name())),
        }
    }

    fn column(&mut self, mut a: Args) -> R<ColSpec> {
        let line = a.line;
        let name = a.req_str(0, "name")?;
        let mut ty = None;
        let mut fk = None;
        if let Some(t) = a.take_kw("type_") {
            ty = Some(self.type_of(t, line)?);
        }
        for v in rest(&mut a.pos) {
            match v {
                V::Tuple(t) if matches!(t.first(), Some(V::Str(s)) if s == "__fk__") => {
                    fk = Some((
                        t[1].str(line, "table")?,
                        t[2].str(line, "column")?,
                        opt_str(Some(t[3].clone()), line)?,
                        opt_str(Some(t[4].clone()), line)?,
                    ));
                }
                other => {
                    if ty.is_some() {
                        return err(
                            line,
                            format!(
                                "sa.Column {name}: unexpected argument (a {})",
                                other.type_name()
                            ),
                        );
                    }
                    ty = Some(self.type_of(other, line)?);
                }
            }
        }
        let ty = ty.ok_or_else(|| (line, format!("sa.Column {name}: no type")))?;
        let nullable = a.opt_bool(99, "nullable")?;
        let primary_key = a.opt_bool(99, "primary_key")?.unwrap_or(false);
        let unique = a.opt_bool(99, "unique")?.unwrap_or(false);
        let autoincrement = match a.take_kw("autoincrement") {
            None => None,
            Some(V::Bool(b)) => Some(b),
            Some(V::Str(s)) if s == "auto" => None,
            Some(o) => {
                return err(
                    line,
                    format!("sa.Column {name}: autoincrement of a {}", o.type_name()),
                )
            }
        };
        let server_default = match a.take_kw("server_default") {
            None | Some(V::None) => None,
            Some(v) => Some(default_sql(v, line)?),
        };
        if a.opt_bool(99, "index")? == Some(true) {
            return err(
                line,
                format!("sa.Column {name}: index=True is not supported (use op.create_index)"),
            );
        }
        // `default` is a Python-side default: no DDL.
        a.ignore(&["doc", "comment", "info", "quote", "default"]);
        a.done(1)?;
        Ok(ColSpec {
            name,
            ty,
            nullable,
            primary_key,
            autoincrement,
            unique,
            server_default,
            foreign_key: fk,
            line,
        })
    }

    fn to_column(&self, c: &ColSpec) -> R<Column> {
        Ok(Column {
            name: c.name.clone(),
            ty: column_type(&c.ty, c.line)?,
            nullable: c.nullable.unwrap_or(!c.primary_key),
            primary_key: c.primary_key,
            autoincrement: c.autoincrement.unwrap_or(false),
            unique: c.unique,
            default: c.server_default.clone(),
            values: None,
        })
    }

    fn add_column(&mut self, table: String, col: V, line: usize) -> R<()> {
        let c = match col {
            V::Column(c) => c,
            o => return err(line, format!("add_column of a {}", o.type_name())),
        };
        if c.foreign_key.is_some() {
            return err(
                line,
                format!(
                    "add_column {}: a column with sa.ForeignKey is not supported",
                    c.name
                ),
            );
        }
        let column = self.to_column(&c)?;
        self.emit(Op::AddColumn { table, column }, line);
        Ok(())
    }

    /// `op.alter_column` / `batch_op.alter_column`, as Alembic runs it on this dialect.
    fn alter_column(&mut self, table: String, column: String, mut a: Args, npos: usize) -> R<()> {
        let line = a.line;
        let mut alter = AlterColumn {
            table,
            column,
            ..Default::default()
        };
        if let Some(n) = a.opt_bool(99, "nullable")? {
            alter.nullable = Some(n);
        }
        match a.take_kw("type_") {
            None | Some(V::None) => {}
            Some(t) => alter.ty = Some(column_type(&self.type_of(t, line)?, line)?),
        }
        match a.take_kw("new_column_name") {
            None | Some(V::None) => {}
            Some(v) => alter.new_name = Some(v.str(line, "new_column_name")?),
        }
        match a.take_kw("server_default") {
            None | Some(V::Bool(false)) => {}
            Some(V::None) => alter.drop_default = true,
            Some(v) => alter.default = Some(default_sql(v, line)?),
        }
        let autoinc = a.opt_bool(99, "autoincrement")?;
        let using = match a.take_kw("postgresql_using") {
            None | Some(V::None) => None,
            Some(v) => Some(v.str(line, "postgresql_using")?),
        };
        a.ignore(&[
            "existing_type",
            "existing_nullable",
            "existing_server_default",
            "existing_autoincrement",
            "existing_comment",
            "comment",
            "schema",
            "mssql_drop_default",
            "mssql_drop_check",
            "mssql_drop_foreign_key",
        ]);
        a.done(npos)?;
        match self.dialect {
            // Alembic only renders AUTO_INCREMENT on MySQL; elsewhere it is ignored.
            Dialect::Mysql => alter.autoincrement = autoinc,
            Dialect::Postgresql => {
                alter.using = using;
                // Alembic sends no USING clause; PostgreSQL then converts the column
                // as it is, which `USING column` spells out (our renderer would
                // otherwise add a cast to the enum).
                if alter.using.is_none() && matches!(alter.ty, Some(ColumnType::Enum(_))) {
                    alter.using = Some(self.dialect.ident(&alter.column).into_owned());
                }
            }
            Dialect::Sqlite => {}
        }
        if alter.ty.is_none()
            && alter.nullable.is_none()
            && alter.new_name.is_none()
            && alter.default.is_none()
            && !alter.drop_default
            && alter.autoincrement.is_none()
        {
            // Nothing Alembic renders on this dialect.
            return Ok(());
        }
        self.emit(Op::AlterColumn(alter), line);
        Ok(())
    }
}

/// The positional arguments after the first.
fn rest(pos: &mut Vec<V>) -> Vec<V> {
    if pos.len() > 1 {
        pos.drain(1..).collect()
    } else {
        Vec::new()
    }
}

fn opt_str(v: Option<V>, line: usize) -> R<Option<String>> {
    match v {
        None | Some(V::None) => Ok(None),
        Some(v) => Ok(Some(v.str(line, "value")?)),
    }
}

fn default_sql(v: V, line: usize) -> R<String> {
    match v {
        V::Str(s) => Ok(format!("'{}'", s.replace('\'', "''"))),
        V::Sql(s) => match s.as_ref() {
            SqlExpr::Text(t) => Ok(t.clone()),
            _ => err(line, "server_default must be a string or sa.text()"),
        },
        o => err(line, format!("server_default of a {}", o.type_name())),
    }
}

/// A column of an `sa.table`. One the table was not declared with fails in Python
/// when the statement is built, before anything runs; the update naming it fails at
/// the same point in the database, so it is kept.
fn table_column(_t: &Rc<RefCell<TableVal>>, c: &str, _line: usize) -> R<V> {
    Ok(V::Sql(Rc::new(SqlExpr::Col(c.to_string()))))
}

fn sql_of(v: V, line: usize) -> R<SqlExpr> {
    Ok(match v {
        V::Sql(s) => (*s).clone(),
        V::Str(s) => SqlExpr::Lit(Some(s)),
        V::None => SqlExpr::Lit(None),
        V::Int(i) => SqlExpr::Text(i.to_string()),
        o => return err(line, format!("a {} in an SQL expression", o.type_name())),
    })
}

fn binop(a: V, op: BinOp, b: V, line: usize) -> R<V> {
    Ok(match (a, op, b) {
        (V::Str(a), BinOp::Add, V::Str(b)) => V::Str(a + &b),
        (V::Int(a), BinOp::Add, V::Int(b)) => V::Int(a + b),
        (V::Int(a), BinOp::Mul, V::Int(b)) => V::Int(a * b),
        (a @ (V::List(_) | V::Tuple(_)), BinOp::Add, b @ (V::List(_) | V::Tuple(_))) => {
            let tuple = matches!(a, V::Tuple(_));
            let mut items = a.items(line)?;
            items.extend(b.items(line)?);
            if tuple {
                V::Tuple(Rc::new(items))
            } else {
                V::list(items)
            }
        }
        (V::Str(f), BinOp::Mod, args) => {
            let args = match args {
                V::Tuple(t) => t.as_ref().clone(),
                other => vec![other],
            };
            let mut out = String::new();
            let mut it = args.into_iter();
            let mut chars = f.chars().peekable();
            while let Some(c) = chars.next() {
                if c != '%' {
                    out.push(c);
                    continue;
                }
                match chars.next() {
                    Some('%') => out.push('%'),
                    Some('s') | Some('d') => {
                        let v = it.next().ok_or_else(|| {
                            (line, "not enough arguments for % formatting".to_string())
                        })?;
                        out.push_str(&v.display(line)?);
                    }
                    other => {
                        return err(
                            line,
                            format!("unsupported % format %{}", other.unwrap_or(' ')),
                        )
                    }
                }
            }
            V::Str(out)
        }
        (a, op, b) => {
            return err(
                line,
                format!(
                    "unsupported operation {op:?} of a {} and a {}",
                    a.type_name(),
                    b.type_name()
                ),
            )
        }
    })
}

fn compare(a: &V, op: CmpOp, b: &V, line: usize) -> R<V> {
    if let V::Sql(s) = a {
        return match op {
            CmpOp::Eq => Ok(V::Sql(Rc::new(SqlExpr::Eq(
                Box::new((**s).clone()),
                Box::new(sql_of(b.clone(), line)?),
            )))),
            _ => err(line, "unsupported comparison of an SQL expression"),
        };
    }
    Ok(V::Bool(match op {
        CmpOp::Eq => a.eq(b),
        CmpOp::NotEq => !a.eq(b),
        CmpOp::Is => {
            matches!((a, b), (V::None, V::None))
                || (matches!((a, b), (V::Bool(_), V::Bool(_))) && a.eq(b))
        }
        CmpOp::IsNot => {
            !(matches!((a, b), (V::None, V::None))
                || (matches!((a, b), (V::Bool(_), V::Bool(_))) && a.eq(b)))
        }
        CmpOp::In | CmpOp::NotIn => {
            let found = match b {
                V::Str(s) => match a {
                    V::Str(x) => s.contains(x.as_str()),
                    _ => return err(line, "in of a non-string in a string"),
                },
                _ => b.items(line)?.iter().any(|x| x.eq(a)),
            };
            if op == CmpOp::In {
                found
            } else {
                !found
            }
        }
    }))
}

fn op_name(n: &str) -> &'static str {
    match n {
        "create_table" => "op.create_table",
        "drop_table" => "op.drop_table",
        "add_column" => "op.add_column",
        "drop_column" => "op.drop_column",
        "alter_column" => "op.alter_column",
        "create_index" => "op.create_index",
        "drop_index" => "op.drop_index",
        "create_unique_constraint" => "op.create_unique_constraint",
        "create_primary_key" => "op.create_primary_key",
        "create_foreign_key" => "op.create_foreign_key",
        "drop_constraint" => "op.drop_constraint",
        "execute" => "op.execute",
        "get_bind" => "op.get_bind",
        "get_context" => "op.get_context",
        _ => "op.batch_alter_table",
    }
}

fn module_path(m: &str) -> String {
    match m {
        "sa" => "sqlalchemy".into(),
        "sa.sql" => "sqlalchemy.sql".into(),
        "postgresql" => "sqlalchemy.dialects.postgresql".into(),
        "mysql" => "sqlalchemy.dialects.mysql".into(),
        "itertools" => "itertools".into(),
        "operator" => "operator".into(),
        other => other.into(),
    }
}

/// `from MODULE import NAME`: what it binds, for the names revision scripts use.
fn import_from(module: &str, name: &str) -> Option<V> {
    Some(match (module, name) {
        ("alembic", "op") => V::Module("op"),
        ("alembic", "context") => V::Module("context"),
        ("sqlalchemy.dialects", "postgresql") => V::Module("postgresql"),
        ("sqlalchemy.dialects", "mysql") => V::Module("mysql"),
        ("sqlalchemy.dialects.postgresql", "ENUM") => V::Builtin("ENUM"),
        ("sqlalchemy.dialects.mysql", "ENUM") => V::Builtin("sa.Enum"),
        ("sqlalchemy.sql" | "sqlalchemy" | "sqlalchemy.sql.expression", n) => V::Builtin(match n {
            "table" => "sa.table",
            "column" => "sa.column",
            "text" => "sa.text",
            "case" => "sa.case",
            "cast" => "sa.cast",
            "or_" => "sa.or_",
            "quoted_name" => "quoted_name",
            "Column" => "sa.Column",
            "Enum" => "sa.Enum",
            "String" => "sa.String",
            "Integer" => "sa.Integer",
            "BigInteger" => "sa.BigInteger",
            "Boolean" => "sa.Boolean",
            "DateTime" => "sa.DateTime",
            "Text" => "sa.Text",
            "UnicodeText" => "sa.UnicodeText",
            "Numeric" => "sa.Numeric",
            "Float" => "sa.Float",
            "LargeBinary" => "sa.LargeBinary",
            "ForeignKey" => "sa.ForeignKey",
            "PrimaryKeyConstraint" => "sa.PrimaryKeyConstraint",
            "UniqueConstraint" => "sa.UniqueConstraint",
            "ForeignKeyConstraint" => "sa.ForeignKeyConstraint",
            _ => return None,
        }),
        ("itertools", "groupby") => V::Builtin("itertools.groupby"),
        ("operator", "itemgetter") => V::Builtin("operator.itemgetter"),
        _ => return None,
    })
}

/// The neutral type name of a plain SQLAlchemy type class.
fn sa_plain_type(name: &str) -> Option<&'static str> {
    Some(match name {
        "sa.String" => "string",
        "sa.Integer" => "integer",
        "sa.BigInteger" => "bigint",
        "sa.Boolean" => "boolean",
        "sa.DateTime" => "datetime",
        "sa.Text" | "sa.UnicodeText" => "text",
        "sa.Numeric" => "numeric",
        "sa.Float" => "float",
        "sa.LargeBinary" => "blob",
        _ => return None,
    })
}

fn column_type(t: &SaType, line: usize) -> R<ColumnType> {
    Ok(match t {
        SaType::Plain("string", n) => match n.first() {
            Some(&l) if l > 0 => ColumnType::String(l as u32),
            _ => return err(line, "sa.String without a length"),
        },
        SaType::Plain("integer", _) => ColumnType::Integer,
        SaType::Plain("bigint", _) => ColumnType::BigInt,
        SaType::Plain("boolean", _) => ColumnType::Boolean,
        SaType::Plain("datetime", _) => ColumnType::DateTime,
        SaType::Plain("text", _) => ColumnType::Text,
        SaType::Plain("float", _) => ColumnType::Float,
        SaType::Plain("numeric", n) => match n[..] {
            [p, s] if p >= 0 && s >= 0 => ColumnType::Numeric(p as u32, s as u32),
            _ => return err(line, "sa.Numeric needs precision and scale"),
        },
        SaType::Plain("blob", n) => ColumnType::Blob(n.first().map(|&l| l as u64)),
        SaType::Plain(other, _) => return err(line, format!("unsupported type {other}")),
        SaType::Enum { name: Some(n), .. } => ColumnType::Enum(n.clone()),
        SaType::Enum { name: None, .. } => return err(line, "an enum type without name="),
    })
}

/// `table.update().where(...).values(...)` as an `update` step, when it is one.
fn update_op(u: &UpdateVal, line: usize) -> R<Op> {
    if u.values.len() == 1 && u.wheres.len() <= 1 {
        let (column, value) = &u.values[0];
        let mut up = Update {
            table: u.table.clone(),
            column: column.clone(),
            value: None,
            null: false,
            from_column: None,
            where_in: None,
            where_column: None,
        };
        let simple = match value {
            SqlExpr::Lit(Some(v)) => {
                up.value = Some(v.clone());
                true
            }
            SqlExpr::Lit(None) => {
                up.null = true;
                true
            }
            SqlExpr::Col(c) => {
                up.from_column = Some(c.clone());
                true
            }
            _ => false,
        };
        let cond = match u.wheres.first() {
            None => Some(None),
            Some(w) => where_in(w).map(Some),
        };
        if let (true, Some(cond)) = (simple, cond) {
            if let Some((col, vals)) = cond {
                if col != up.column {
                    up.where_column = Some(col);
                }
                up.where_in = Some(vals);
            }
            return Ok(Op::Update(up));
        }
    }
    Ok(Op::Sql {
        mysql: vec![render_update(u, Dialect::Mysql, line)?],
        postgresql: vec![render_update(u, Dialect::Postgresql, line)?],
        sqlite: vec![render_update(u, Dialect::Sqlite, line)?],
    })
}

/// `col == 'a'` or `or_(col == 'a', col == 'b')`: (col, values).
fn where_in(e: &SqlExpr) -> Option<(String, Vec<String>)> {
    match e {
        SqlExpr::Eq(a, b) => match (a.as_ref(), b.as_ref()) {
            (SqlExpr::Col(c), SqlExpr::Lit(Some(v))) => Some((c.clone(), vec![v.clone()])),
            _ => None,
        },
        SqlExpr::Or(parts) => {
            let mut col: Option<String> = None;
            let mut vals = Vec::new();
            for p in parts {
                let (c, v) = where_in(p)?;
                if col.as_ref().is_some_and(|x| *x != c) {
                    return None;
                }
                col = Some(c);
                vals.extend(v);
            }
            Some((col?, vals))
        }
        _ => None,
    }
}

fn render_update(u: &UpdateVal, d: Dialect, line: usize) -> R<String> {
    let mut sets = Vec::new();
    for (c, v) in &u.values {
        sets.push(format!("{}={}", d.ident(c), render_sql(v, d, line)?));
    }
    let mut s = format!("UPDATE {} SET {}", d.ident(&u.table), sets.join(", "));
    for (i, w) in u.wheres.iter().enumerate() {
        s.push_str(if i == 0 { " WHERE " } else { " AND " });
        s.push_str(&render_sql(w, d, line)?);
    }
    Ok(s)
}

fn render_sql(e: &SqlExpr, d: Dialect, line: usize) -> R<String> {
    Ok(match e {
        SqlExpr::Col(c) => d.ident(c).into_owned(),
        SqlExpr::Lit(Some(v)) => d.literal(v),
        SqlExpr::Lit(None) => "NULL".into(),
        SqlExpr::Text(t) => t.clone(),
        SqlExpr::Eq(a, b) => match b.as_ref() {
            SqlExpr::Lit(None) => format!("{} IS NULL", render_sql(a, d, line)?),
            _ => format!("{} = {}", render_sql(a, d, line)?, render_sql(b, d, line)?),
        },
        SqlExpr::Or(parts) => {
            let p: Vec<String> = parts
                .iter()
                .map(|p| render_sql(p, d, line))
                .collect::<R<_>>()?;
            format!("({})", p.join(" OR "))
        }
        SqlExpr::Case(whens, else_) => {
            let mut s = "CASE".to_string();
            for (c, v) in whens {
                s.push_str(&format!(
                    " WHEN {} THEN {}",
                    render_sql(c, d, line)?,
                    render_sql(v, d, line)?
                ));
            }
            if let Some(e) = else_ {
                s.push_str(&format!(" ELSE {}", render_sql(e, d, line)?));
            }
            s + " END"
        }
        SqlExpr::Cast(inner, t) => {
            let inner = render_sql(inner, d, line)?;
            match (d, t) {
                // SQLAlchemy casts to a named enum on PostgreSQL only; MySQL and SQLite
                // get the bare expression (the column type converts it).
                (Dialect::Postgresql, SaType::Enum { name: Some(n), .. }) => {
                    format!("CAST({inner} AS {})", d.ident(n))
                }
                (_, SaType::Enum { .. }) => inner,
                _ => return err(line, "sa.cast to a type other than an enum"),
            }
        }
    })
}
