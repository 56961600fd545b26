//! The Python subset Alembic revision scripts are written in, parsed with tree-sitter's
//! Python grammar into a small syntax tree that `eval.rs` walks.
//!
//! Only what revision scripts use has a node here: imports, assignments, `def`, `if`,
//! `for`, `with`, `return`, calls, literals, operators and simple comprehensions. Any
//! other construct (and any syntax error) is an error naming its line; nothing is
//! skipped silently.

use std::rc::Rc;

use tree_sitter::Node;

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

/// Parses a whole script.
pub fn parse(source: &str) -> Result<Module, PyError> {
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&tree_sitter_python::LANGUAGE.into())
        .map_err(|e| (1, format!("cannot load the Python grammar: {e}")))?;
    let tree = parser
        .parse(source, None)
        .ok_or_else(|| (1, "the Python parser gave up".to_string()))?;
    let root = tree.root_node();
    if root.has_error() {
        return Err(first_error(root));
    }
    let p = P {
        src: source.as_bytes(),
    };
    Ok(Module {
        body: p.block(root)?,
    })
}

fn line(n: Node) -> usize {
    n.start_position().row + 1
}

fn first_error(n: Node) -> PyError {
    let mut cursor = n.walk();
    for c in n.children(&mut cursor) {
        if c.has_error() || c.is_error() || c.is_missing() {
            if c.is_error() || c.is_missing() {
                return (line(c), "Python syntax error".to_string());
            }
            return first_error(c);
        }
    }
    (line(n), "Python syntax error".to_string())
}

struct P<'a> {
    src: &'a [u8],
}

fn unsupported<T>(n: Node, what: &str) -> Result<T, PyError> {
    Err((line(n), format!("unsupported Python construct: {what}")))
}

impl P<'_> {
    fn text(&self, n: Node) -> &str {
        std::str::from_utf8(&self.src[n.byte_range()]).unwrap_or("")
    }

    fn named_children<'t>(&self, n: Node<'t>) -> Vec<Node<'t>> {
        let mut c = n.walk();
        n.named_children(&mut c)
            .filter(|k| k.kind() != "comment")
            .collect()
    }

    fn field<'t>(&self, n: Node<'t>, name: &str) -> Result<Node<'t>, PyError> {
        n.child_by_field_name(name)
            .ok_or_else(|| (line(n), format!("malformed {} (no {name})", n.kind())))
    }

    /// The statements of a module or block.
    fn block(&self, n: Node) -> Result<Vec<Stmt>, PyError> {
        let mut out = Vec::new();
        for c in self.named_children(n) {
            self.stmt(c, &mut out)?;
        }
        Ok(out)
    }

    fn stmt(&self, n: Node, out: &mut Vec<Stmt>) -> Result<(), PyError> {
        let l = line(n);
        let kind = match n.kind() {
            "expression_statement" => {
                let kids = self.named_children(n);
                if kids.len() != 1 {
                    return unsupported(n, "several expressions in one statement");
                }
                let k = kids[0];
                match k.kind() {
                    "assignment" => self.assignment(k)?,
                    "augmented_assignment" => {
                        let op = match self.text(self.field(k, "operator")?) {
                            "+=" => BinOp::Add,
                            o => return unsupported(k, &format!("operator {o}")),
                        };
                        StmtKind::AugAssign(
                            self.target(self.field(k, "left")?)?,
                            op,
                            self.expr(self.field(k, "right")?)?,
                        )
                    }
                    _ => StmtKind::Expr(self.expr(k)?),
                }
            }
            "function_definition" => {
                if n.child_by_field_name("type_parameters").is_some() {
                    return unsupported(n, "type parameters");
                }
                let name = self.text(self.field(n, "name")?).to_string();
                let mut params = Vec::new();
                for p in self.named_children(self.field(n, "parameters")?) {
                    match p.kind() {
                        "identifier" => params.push((self.text(p).to_string(), None)),
                        "default_parameter" => {
                            let pn = self.field(p, "name")?;
                            if pn.kind() != "identifier" {
                                return unsupported(p, "tuple parameter");
                            }
                            params.push((
                                self.text(pn).to_string(),
                                Some(self.expr(self.field(p, "value")?)?),
                            ))
                        }
                        k => return unsupported(p, &format!("parameter kind {k}")),
                    }
                }
                StmtKind::FunctionDef(Rc::new(FuncDef {
                    name,
                    line: l,
                    params,
                    body: self.block(self.field(n, "body")?)?,
                }))
            }
            "decorated_definition" => return unsupported(n, "decorator"),
            "if_statement" => {
                let mut arms = vec![(
                    Some(self.expr(self.field(n, "condition")?)?),
                    self.block(self.field(n, "consequence")?)?,
                )];
                let mut c = n.walk();
                for alt in n.children_by_field_name("alternative", &mut c) {
                    match alt.kind() {
                        "elif_clause" => arms.push((
                            Some(self.expr(self.field(alt, "condition")?)?),
                            self.block(self.field(alt, "consequence")?)?,
                        )),
                        "else_clause" => arms.push((None, self.block(self.field(alt, "body")?)?)),
                        k => return unsupported(alt, k),
                    }
                }
                StmtKind::If(arms)
            }
            "for_statement" => {
                if n.child_by_field_name("alternative").is_some() {
                    return unsupported(n, "for ... else");
                }
                StmtKind::For(
                    self.target(self.field(n, "left")?)?,
                    self.expr(self.field(n, "right")?)?,
                    self.block(self.field(n, "body")?)?,
                )
            }
            "with_statement" => {
                let clause = self
                    .named_children(n)
                    .into_iter()
                    .find(|c| c.kind() == "with_clause")
                    .ok_or_else(|| (l, "malformed with statement".to_string()))?;
                let items = self.named_children(clause);
                if items.len() != 1 {
                    return unsupported(n, "with statement of several items");
                }
                let value = self.field(items[0], "value")?;
                let (expr, alias) = if value.kind() == "as_pattern" {
                    let kids = self.named_children(value);
                    let alias = self.field(value, "alias")?;
                    let name = self.named_children(alias);
                    if name.len() != 1 || name[0].kind() != "identifier" {
                        return unsupported(alias, "with ... as (not a plain name)");
                    }
                    (self.expr(kids[0])?, Some(self.text(name[0]).to_string()))
                } else {
                    (self.expr(value)?, None)
                };
                StmtKind::With(expr, alias, self.block(self.field(n, "body")?)?)
            }
            "return_statement" => {
                let kids = self.named_children(n);
                match kids.len() {
                    0 => StmtKind::Return(None),
                    1 => StmtKind::Return(Some(self.expr(kids[0])?)),
                    _ => return unsupported(n, "return of several values"),
                }
            }
            "pass_statement" => StmtKind::Pass,
            "import_statement" => {
                let mut names = Vec::new();
                for c in self.named_children(n) {
                    names.push(self.import_name(c)?);
                }
                StmtKind::Import(names)
            }
            "import_from_statement" => {
                let module = self.field(n, "module_name")?;
                if module.kind() != "dotted_name" {
                    return unsupported(n, "relative import");
                }
                let mut names = Vec::new();
                let mut c = n.walk();
                for nm in n.children_by_field_name("name", &mut c) {
                    names.push(self.import_name(nm)?);
                }
                if names.is_empty() {
                    return unsupported(n, "import *");
                }
                StmtKind::ImportFrom(self.text(module).to_string(), names)
            }
            "future_import_statement" => return Ok(()),
            "comment" => return Ok(()),
            k => return unsupported(n, &statement_name(k)),
        };
        out.push(Stmt { line: l, kind });
        Ok(())
    }

    fn import_name(&self, n: Node) -> Result<(String, Option<String>), PyError> {
        match n.kind() {
            "dotted_name" => Ok((self.text(n).to_string(), None)),
            "aliased_import" => Ok((
                self.text(self.field(n, "name")?).to_string(),
                Some(self.text(self.field(n, "alias")?).to_string()),
            )),
            k => unsupported(n, k),
        }
    }

    fn assignment(&self, n: Node) -> Result<StmtKind, PyError> {
        if n.child_by_field_name("type").is_some() {
            return unsupported(n, "annotated assignment");
        }
        let mut targets = vec![self.target(self.field(n, "left")?)?];
        let mut right = self.field(n, "right")?;
        while right.kind() == "assignment" {
            targets.push(self.target(self.field(right, "left")?)?);
            right = self.field(right, "right")?;
        }
        let value = match right.kind() {
            "expression_list" => Expr {
                line: line(right),
                kind: ExprKind::Tuple(self.exprs(right)?),
            },
            _ => self.expr(right)?,
        };
        Ok(StmtKind::Assign(targets, value))
    }

    fn target(&self, n: Node) -> Result<Target, PyError> {
        match n.kind() {
            "identifier" => Ok(Target::Name(self.text(n).to_string())),
            "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list" => {
                let mut v = Vec::new();
                for c in self.named_children(n) {
                    v.push(self.target(c)?);
                }
                Ok(Target::Tuple(v))
            }
            "subscript" => Ok(Target::Subscript(
                self.expr(self.field(n, "value")?)?,
                self.expr(self.field(n, "subscript")?)?,
            )),
            "parenthesized_expression" => {
                let kids = self.named_children(n);
                if kids.len() == 1 {
                    self.target(kids[0])
                } else {
                    unsupported(n, "assignment target")
                }
            }
            k => unsupported(n, &format!("assignment to {k}")),
        }
    }

    fn exprs(&self, n: Node) -> Result<Vec<Expr>, PyError> {
        self.named_children(n)
            .into_iter()
            .map(|c| self.expr(c))
            .collect()
    }

    fn expr(&self, n: Node) -> Result<Expr, PyError> {
        let l = line(n);
        let b = |e: Expr| Box::new(e);
        let kind = match n.kind() {
            "identifier" => ExprKind::Name(self.text(n).to_string()),
            "true" => ExprKind::Bool(true),
            "false" => ExprKind::Bool(false),
            "none" => ExprKind::None,
            "integer" => {
                let t = self.text(n).replace('_', "");
                ExprKind::Int(
                    t.parse()
                        .map_err(|_| (l, format!("unsupported integer literal {t}")))?,
                )
            }
            "string" => ExprKind::Str(self.string(n)?),
            "concatenated_string" => {
                let mut s = String::new();
                for c in self.named_children(n) {
                    s.push_str(&self.string(c)?);
                }
                ExprKind::Str(s)
            }
            "list" => ExprKind::List(self.exprs(n)?),
            "tuple" => ExprKind::Tuple(self.exprs(n)?),
            "dictionary" => {
                let mut items = Vec::new();
                for p in self.named_children(n) {
                    if p.kind() != "pair" {
                        return unsupported(p, "dictionary unpacking");
                    }
                    items.push((
                        self.expr(self.field(p, "key")?)?,
                        self.expr(self.field(p, "value")?)?,
                    ));
                }
                ExprKind::Dict(items)
            }
            "parenthesized_expression" => {
                let kids = self.named_children(n);
                if kids.len() != 1 {
                    return unsupported(n, "parenthesized expression");
                }
                return self.expr(kids[0]);
            }
            "attribute" => ExprKind::Attr(
                b(self.expr(self.field(n, "object")?)?),
                self.text(self.field(n, "attribute")?).to_string(),
            ),
            "subscript" => {
                let mut c = n.walk();
                let subs: Vec<Node> = n.children_by_field_name("subscript", &mut c).collect();
                if subs.len() != 1 || subs[0].kind() == "slice" {
                    return unsupported(n, "slice or multi-index subscript");
                }
                ExprKind::Subscript(
                    b(self.expr(self.field(n, "value")?)?),
                    b(self.expr(subs[0])?),
                )
            }
            "call" => {
                let args_node = self.field(n, "arguments")?;
                if args_node.kind() != "argument_list" {
                    return unsupported(n, "generator argument");
                }
                let mut args = Vec::new();
                for a in self.named_children(args_node) {
                    args.push(match a.kind() {
                        "keyword_argument" => Arg::Kw(
                            self.text(self.field(a, "name")?).to_string(),
                            self.expr(self.field(a, "value")?)?,
                        ),
                        "list_splat" => {
                            let k = self.named_children(a);
                            Arg::Star(self.expr(k[0])?)
                        }
                        "dictionary_splat" => return unsupported(a, "**kwargs in a call"),
                        _ => Arg::Pos(self.expr(a)?),
                    });
                }
                ExprKind::Call(b(self.expr(self.field(n, "function")?)?), args)
            }
            "binary_operator" => {
                let op = match self.text(self.field(n, "operator")?) {
                    "+" => BinOp::Add,
                    "%" => BinOp::Mod,
                    "*" => BinOp::Mul,
                    o => return unsupported(n, &format!("operator {o}")),
                };
                ExprKind::BinOp(
                    b(self.expr(self.field(n, "left")?)?),
                    op,
                    b(self.expr(self.field(n, "right")?)?),
                )
            }
            "comparison_operator" => {
                let operands = self.named_children(n);
                let mut ops = Vec::new();
                let mut c = n.walk();
                for o in n.children_by_field_name("operators", &mut c) {
                    ops.push(
                        match self.text(o).split_whitespace().collect::<Vec<_>>()[..] {
                            ["=="] => CmpOp::Eq,
                            ["!="] => CmpOp::NotEq,
                            ["in"] => CmpOp::In,
                            ["not", "in"] => CmpOp::NotIn,
                            ["is"] => CmpOp::Is,
                            ["is", "not"] => CmpOp::IsNot,
                            _ => return unsupported(o, &format!("comparison {}", self.text(o))),
                        },
                    );
                }
                if operands.len() != ops.len() + 1 {
                    return unsupported(n, "comparison");
                }
                let mut rest = Vec::new();
                for (op, e) in ops.into_iter().zip(&operands[1..]) {
                    rest.push((op, self.expr(*e)?));
                }
                ExprKind::Compare(b(self.expr(operands[0])?), rest)
            }
            "boolean_operator" => {
                let left = b(self.expr(self.field(n, "left")?)?);
                let right = b(self.expr(self.field(n, "right")?)?);
                match self.text(self.field(n, "operator")?) {
                    "and" => ExprKind::And(left, right),
                    _ => ExprKind::Or(left, right),
                }
            }
            "not_operator" => ExprKind::Not(b(self.expr(self.field(n, "argument")?)?)),
            "unary_operator" => match self.text(self.field(n, "operator")?) {
                "-" => ExprKind::Neg(b(self.expr(self.field(n, "argument")?)?)),
                o => return unsupported(n, &format!("unary {o}")),
            },
            "conditional_expression" => {
                let k = self.named_children(n);
                if k.len() != 3 {
                    return unsupported(n, "conditional expression");
                }
                ExprKind::IfExp(
                    b(self.expr(k[1])?),
                    b(self.expr(k[0])?),
                    b(self.expr(k[2])?),
                )
            }
            "list_comprehension" => {
                let body = self.field(n, "body")?;
                let mut target = None;
                let mut iter = None;
                let mut conds = Vec::new();
                for c in self.named_children(n) {
                    match c.kind() {
                        "for_in_clause" => {
                            if target.is_some() {
                                return unsupported(c, "nested comprehension");
                            }
                            target = Some(self.target(self.field(c, "left")?)?);
                            iter = Some(self.expr(self.field(c, "right")?)?);
                        }
                        "if_clause" => {
                            let k = self.named_children(c);
                            conds.push(self.expr(k[0])?);
                        }
                        _ => {}
                    }
                }
                match (target, iter) {
                    (Some(t), Some(i)) => {
                        ExprKind::ListComp(b(self.expr(body)?), Box::new(t), b(i), conds)
                    }
                    _ => return unsupported(n, "comprehension"),
                }
            }
            "list_splat" => {
                let k = self.named_children(n);
                ExprKind::Starred(b(self.expr(k[0])?))
            }
            k => return unsupported(n, &expression_name(k)),
        };
        Ok(Expr { line: l, kind })
    }

    /// A string literal's value (prefixes u, r, b; no f-strings).
    fn string(&self, n: Node) -> Result<String, PyError> {
        let l = line(n);
        let kids = {
            let mut c = n.walk();
            n.children(&mut c).collect::<Vec<_>>()
        };
        let start = kids
            .iter()
            .find(|k| k.kind() == "string_start")
            .map(|k| self.text(*k).to_ascii_lowercase())
            .unwrap_or_default();
        let prefix: String = start.chars().take_while(|c| c.is_alphabetic()).collect();
        if prefix.contains('f') || prefix.contains('t') {
            return unsupported(n, "f-string");
        }
        if prefix.contains('b') {
            return unsupported(n, "bytes literal");
        }
        let raw = prefix.contains('r');
        let mut out = String::new();
        for k in kids {
            match k.kind() {
                "string_content" => {
                    let t = self.text(k);
                    if raw {
                        out.push_str(t);
                    } else {
                        unescape(t, &mut out).map_err(|e| (l, e))?;
                    }
                }
                "interpolation" => return unsupported(k, "f-string"),
                _ => {}
            }
        }
        Ok(out)
    }
}

fn unescape(t: &str, out: &mut String) -> Result<(), String> {
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0' => out.push('\0'),
            'x' | 'u' | 'U' => {
                let len = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = (0..len).filter_map(|_| chars.next()).collect();
                let ch = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("bad escape \\{e}{hex} in a string"))?;
                out.push(ch);
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

fn statement_name(kind: &str) -> String {
    kind.trim_end_matches("_statement").replace('_', " ") + " statement"
}

fn expression_name(kind: &str) -> String {
    kind.replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_decode_prefixes_escapes_and_concatenation() {
        let m = parse("x = u'a\\'b' \"c\\n\" r'\\d'\n").unwrap();
        match &m.body[0].kind {
            StmtKind::Assign(
                _,
                Expr {
                    kind: ExprKind::Str(s),
                    ..
                },
            ) => assert_eq!(s, "a'bc\n\\d"),
            _ => panic!("not a string assignment"),
        }
    }

    #[test]
    fn syntax_errors_and_unsupported_statements_name_their_line() {
        assert!(parse("x = 1\ny = (\n").err().unwrap().0 >= 2);
        let e = parse("x = 1\nwhile x:\n    pass\n").err().unwrap();
        assert_eq!(
            e,
            (2, "unsupported Python construct: while statement".into())
        );
    }
}
