//! The evaluator's value model: what a Python expression evaluates to ([`V`]), the
//! SQLAlchemy objects among them (types, columns, constraints, SQL expressions, tables
//! and update statements), and the evaluated arguments of a call ([`Args`]) with the
//! checks every call makes (missing, mistyped, unexpected or too many arguments).

use std::cell::RefCell;
use std::rc::Rc;

use super::super::python::FuncDef;
use super::{err, R};
use crate::definitions::ops::{ForeignKeySpec, KeySpec};

/// A SQLAlchemy type.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum SaType {
    Plain(&'static str, Vec<i64>),
    Enum {
        values: Vec<String>,
        name: Option<String>,
        create_type: bool,
    },
}

#[derive(Clone, Debug)]
pub(super) struct ColSpec {
    pub(super) name: String,
    pub(super) ty: SaType,
    pub(super) nullable: Option<bool>,
    pub(super) primary_key: bool,
    pub(super) autoincrement: Option<bool>,
    pub(super) unique: bool,
    pub(super) server_default: Option<String>,
    pub(super) foreign_key: Option<(String, String, Option<String>, Option<String>)>,
    pub(super) line: usize,
}

#[derive(Clone, Debug)]
pub(super) enum Constraint {
    Primary(KeySpec),
    Unique(KeySpec),
    Foreign(ForeignKeySpec),
}

#[derive(Clone, Debug)]
pub(super) enum SqlExpr {
    Col(String),
    Lit(Option<String>),
    Text(String),
    Eq(Box<SqlExpr>, Box<SqlExpr>),
    Or(Vec<SqlExpr>),
    Case(Vec<(SqlExpr, SqlExpr)>, Option<Box<SqlExpr>>),
    Cast(Box<SqlExpr>, SaType),
}

#[derive(Debug, Default)]
pub(super) struct TableVal {
    pub(super) name: String,
    pub(super) columns: Vec<String>,
}

#[derive(Clone, Debug)]
pub(super) struct UpdateVal {
    pub(super) table: String,
    pub(super) wheres: Vec<SqlExpr>,
    pub(super) values: Vec<(String, SqlExpr)>,
}

#[derive(Clone)]
pub(super) enum V {
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
    pub(super) fn type_name(&self) -> &'static str {
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

    pub(super) fn list(v: Vec<V>) -> V {
        V::List(Rc::new(RefCell::new(v)))
    }

    pub(super) fn truthy(&self, line: usize) -> R<bool> {
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

    pub(super) fn items(&self, line: usize) -> R<Vec<V>> {
        match self {
            V::List(l) => Ok(l.borrow().clone()),
            V::Tuple(t) => Ok(t.as_ref().clone()),
            V::Dict(d) => Ok(d.borrow().iter().map(|(k, _)| k.clone()).collect()),
            V::Str(s) => Ok(s.chars().map(|c| V::Str(c.to_string())).collect()),
            other => err(line, format!("cannot iterate over a {}", other.type_name())),
        }
    }

    pub(super) fn eq(&self, other: &V) -> bool {
        match (self, other) {
            (V::None, V::None) => true,
            (V::Bool(a), V::Bool(b)) => a == b,
            (V::Int(a), V::Int(b)) => a == b,
            (V::Str(a), V::Str(b)) => a == b,
            (V::List(_) | V::Tuple(_), V::List(_) | V::Tuple(_)) => {
                match (self.items(0), other.items(0)) {
                    (Ok(a), Ok(b)) => a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.eq(y)),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    pub(super) fn str(&self, line: usize, what: &str) -> R<String> {
        match self {
            V::Str(s) => Ok(s.clone()),
            other => err(
                line,
                format!("{what} must be a string, not a {}", other.type_name()),
            ),
        }
    }

    pub(super) fn strs(&self, line: usize, what: &str) -> R<Vec<String>> {
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

    pub(super) fn display(&self, line: usize) -> R<String> {
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
pub(super) struct Args {
    pub(super) line: usize,
    pub(super) what: String,
    pub(super) pos: Vec<V>,
    pub(super) kw: Vec<(String, V)>,
}

impl Args {
    pub(super) fn take_kw(&mut self, name: &str) -> Option<V> {
        let i = self.kw.iter().position(|(k, _)| k == name)?;
        Some(self.kw.remove(i).1)
    }

    /// The argument at position `i` or named `name`.
    pub(super) fn get(&mut self, i: usize, name: &str) -> Option<V> {
        if let Some(v) = self.take_kw(name) {
            return Some(v);
        }
        if i < self.pos.len() {
            return Some(std::mem::replace(&mut self.pos[i], V::None));
        }
        None
    }

    pub(super) fn req(&mut self, i: usize, name: &str) -> R<V> {
        let line = self.line;
        let what = self.what.clone();
        self.get(i, name)
            .ok_or_else(|| (line, format!("{what}: missing argument {name}")))
    }

    pub(super) fn req_str(&mut self, i: usize, name: &str) -> R<String> {
        let what = format!("{}: {name}", self.what);
        self.req(i, name)?.str(self.line, &what)
    }

    pub(super) fn opt_bool(&mut self, i: usize, name: &str) -> R<Option<bool>> {
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
    pub(super) fn done(&self, n: usize) -> R<()> {
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
    pub(super) fn ignore(&mut self, names: &[&str]) {
        self.kw.retain(|(k, _)| !names.contains(&k.as_str()));
    }
}

/// The positional arguments after the first.
pub(super) fn rest(pos: &mut Vec<V>) -> Vec<V> {
    if pos.len() > 1 {
        pos.drain(1..).collect()
    } else {
        Vec::new()
    }
}

pub(super) fn opt_str(v: Option<V>, line: usize) -> R<Option<String>> {
    match v {
        None | Some(V::None) => Ok(None),
        Some(v) => Ok(Some(v.str(line, "value")?)),
    }
}
