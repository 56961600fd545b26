//! The interpreter proper: module-level and function-local names, statements
//! (assignment, `if`, `for`, `with`, `return`, imports), expressions, calls of the
//! script's own functions, and Python's operators (`+`, `%` formatting, comparisons,
//! which on an SQL column build an SQL condition instead).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::super::python::{Arg, BinOp, CmpOp, Expr, ExprKind, FuncDef, Stmt, StmtKind, Target};
use super::execute::{sql_of, table_column};
use super::names::{builtin_name, import_from};
use super::value::{SqlExpr, V};
use super::{err, Eval, R};

/// How a block of statements ended.
pub(super) enum Flow {
    Normal,
    Return(V),
}

/// A function's local names; `None` at module level, where names are globals.
pub(super) type Locals = Option<BTreeMap<String, V>>;

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
        builtin_name(name).ok_or_else(|| (line, format!("unknown name {name}")))
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

    pub(super) fn stmt(&mut self, s: &Stmt, locals: &mut Locals) -> R<Flow> {
        let line = s.line;
        self.step(line)?;
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
                        .unwrap_or_else(|| name.split('.').next().unwrap_or(name).to_string());
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

    /// An expression's value, its cost counted against the script's bounds.
    fn expr(&mut self, e: &Expr, locals: &mut Locals) -> R<V> {
        let v = self.expr_value(e, locals)?;
        self.charge(&v, e.line)?;
        Ok(v)
    }

    fn expr_value(&mut self, e: &Expr, locals: &mut Locals) -> R<V> {
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
                V::Int(i) => V::Int(
                    i.checked_neg()
                        .ok_or_else(|| (line, "integer overflow".to_string()))?,
                ),
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

    pub(super) fn call_func(
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
}

fn binop(a: V, op: BinOp, b: V, line: usize) -> R<V> {
    Ok(match (a, op, b) {
        (V::Str(a), BinOp::Add, V::Str(b)) => V::Str(a + &b),
        (V::Int(a), BinOp::Add | BinOp::Mul, V::Int(b)) => V::Int(
            if op == BinOp::Add {
                a.checked_add(b)
            } else {
                a.checked_mul(b)
            }
            .ok_or_else(|| (line, "integer overflow".to_string()))?,
        ),
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
