//! The Python subset Alembic revision scripts are written in: the small syntax tree
//! `eval/` walks. `parse.rs` (statements) and `expr.rs` (expressions, string literals)
//! build it from tree-sitter's Python grammar.
//!
//! Only what revision scripts use has a node here: imports, assignments, `def`, `if`,
//! `for`, `with`, `return`, calls, literals, operators and simple comprehensions. Any
//! other construct (and any syntax error) is an error naming its line; nothing is
//! skipped silently.

mod expr;
mod parse;

use std::rc::Rc;

pub use parse::parse;

/// A parse failure: line (1-based) and message.
pub type PyError = (usize, String);

pub struct Module {
    pub body: Vec<Stmt>,
}

pub struct Stmt {
    pub line: usize,
    pub kind: StmtKind,
}

pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`
    Assign(Vec<Target>, Expr),
    AugAssign(Target, BinOp, Expr),
    FunctionDef(Rc<FuncDef>),
    /// `if`/`elif`/`else`: conditions (None for `else`) and bodies.
    If(Vec<(Option<Expr>, Vec<Stmt>)>),
    For(Target, Expr, Vec<Stmt>),
    With(Expr, Option<String>, Vec<Stmt>),
    Return(Option<Expr>),
    Pass,
    /// `import a.b as c`: (dotted name, alias)
    Import(Vec<(String, Option<String>)>),
    /// `from m import a as b`
    ImportFrom(String, Vec<(String, Option<String>)>),
}

pub struct FuncDef {
    pub name: String,
    pub line: usize,
    pub params: Vec<(String, Option<Expr>)>,
    pub body: Vec<Stmt>,
}

pub enum Target {
    Name(String),
    Tuple(Vec<Target>),
    Subscript(Expr, Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Mod,
    Mul,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    In,
    NotIn,
    Is,
    IsNot,
}

pub struct Expr {
    pub line: usize,
    pub kind: ExprKind,
}

pub enum ExprKind {
    Name(String),
    Str(String),
    Int(i64),
    Bool(bool),
    None,
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Attr(Box<Expr>, String),
    Call(Box<Expr>, Vec<Arg>),
    Subscript(Box<Expr>, Box<Expr>),
    BinOp(Box<Expr>, BinOp, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    /// `body if test else orelse`
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `[elt for target in iter if cond ...]`
    ListComp(Box<Expr>, Box<Target>, Box<Expr>, Vec<Expr>),
    Starred(Box<Expr>),
}

pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(String, Expr),
}
