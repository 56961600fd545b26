//! The tree-sitter front end for expressions: literals (string literals with their
//! prefixes and escapes decoded), names, attributes, subscripts, calls, operators,
//! conditional expressions and simple list comprehensions. Any other expression kind
//! is an error naming its line.

use tree_sitter::Node;

use super::parse::{line, unsupported, P};
use super::{Arg, BinOp, CmpOp, Expr, ExprKind, PyError};

impl P<'_> {
    pub(super) fn exprs(&self, n: Node) -> Result<Vec<Expr>, PyError> {
        self.named_children(n)
            .into_iter()
            .map(|c| self.expr(c))
            .collect()
    }

    pub(super) fn expr(&self, n: Node) -> Result<Expr, PyError> {
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

fn expression_name(kind: &str) -> String {
    kind.replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::super::{parse, StmtKind};
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
}
