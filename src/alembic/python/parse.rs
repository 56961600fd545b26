//! The tree-sitter front end: runs the Python grammar over a script, reports its
//! first syntax error, and turns statements (and assignment targets) into the syntax
//! tree of `mod.rs`; expressions are `expr.rs`. Any statement kind not listed there
//! is an error naming its line.

use std::rc::Rc;

use tree_sitter::Node;

use super::{BinOp, Expr, ExprKind, FuncDef, Module, PyError, Stmt, StmtKind, Target};

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
    too_deep(root)?;
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

/// How deep the syntax tree may nest: the front end and the evaluator recurse along
/// it (a stack overflow aborts), and no revision script comes near (Asterisk's
/// deepest is 20).
const MAX_DEPTH: usize = 100;

/// Refuses a syntax tree nested deeper than [`MAX_DEPTH`], walked without recursion.
fn too_deep(root: Node) -> Result<(), PyError> {
    let mut cursor = root.walk();
    let mut depth = 0usize;
    loop {
        if depth > MAX_DEPTH {
            return Err((
                line(cursor.node()),
                format!("expressions nested more than {MAX_DEPTH} levels deep"),
            ));
        }
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return Ok(());
            }
            depth -= 1;
        }
    }
}

pub(super) fn line(n: Node) -> usize {
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

/// The front end: the source the syntax tree's byte ranges point into.
pub(super) struct P<'a> {
    src: &'a [u8],
}

pub(super) fn unsupported<T>(n: Node, what: &str) -> Result<T, PyError> {
    Err((line(n), format!("unsupported Python construct: {what}")))
}

impl P<'_> {
    pub(super) fn text(&self, n: Node) -> &str {
        std::str::from_utf8(&self.src[n.byte_range()]).unwrap_or("")
    }

    pub(super) fn named_children<'t>(&self, n: Node<'t>) -> Vec<Node<'t>> {
        let mut c = n.walk();
        n.named_children(&mut c)
            .filter(|k| k.kind() != "comment")
            .collect()
    }

    pub(super) fn field<'t>(&self, n: Node<'t>, name: &str) -> Result<Node<'t>, PyError> {
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

    pub(super) fn target(&self, n: Node) -> Result<Target, PyError> {
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
}

fn statement_name(kind: &str) -> String {
    kind.trim_end_matches("_statement").replace('_', " ") + " statement"
}

#[cfg(test)]
mod tests {
    use super::*;

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
