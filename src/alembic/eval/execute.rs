//! `op.execute` and the SQL it runs: raw SQL and `sa.text` (read back into operations
//! by `sql.rs`), and SQLAlchemy Core statements built with `sa.table(...).update()
//! .where(...).values(...)` from `sa.column`, `sa.or_`, `sa.case`, `sa.cast` and `in_`.
//! An update that is one `update` step becomes one; any other is rendered per dialect as
//! an `sql` step.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::sql::{blank_update, recognize};
use super::value::{rest, Args, SaType, SqlExpr, TableVal, UpdateVal, V};
use super::{err, unsupported_method, Eval, R};
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::Op;

impl Eval {
    /// `sa.text`, `sa.table`, `sa.column`, `sa.or_`, `sa.case`, `sa.cast` and `op.execute`.
    pub(super) fn sql_call(&mut self, name: &'static str, mut a: Args) -> R<V> {
        let line = a.line;
        Ok(match name {
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
            "op.execute" => {
                let what = a.req(0, "sqltext")?;
                a.done(1)?;
                let op = match what {
                    V::Update(u) => update_op(&u, line)?,
                    V::Str(sql) => self.raw_sql(&sql, line)?,
                    V::Sql(s) => match s.as_ref() {
                        SqlExpr::Text(t) => self.raw_sql(t, line)?,
                        _ => return err(line, "op.execute: unsupported SQL expression"),
                    },
                    o => return err(line, format!("op.execute of a {}", o.type_name())),
                };
                self.emit(op, line);
                V::None
            }
            other => return err(line, format!("unsupported call {other}()")),
        })
    }

    /// The operation a raw SQL statement passed to `op.execute` performs.
    fn raw_sql(&self, sql: &str, line: usize) -> R<Op> {
        recognize(sql, self.dialect).map_err(|e| (line, format!("op.execute: {e}")))
    }

    /// Methods of tables, update statements and SQL expressions.
    pub(super) fn sql_method(&mut self, recv: V, name: &str, mut a: Args) -> R<V> {
        let line = a.line;
        Ok(match (recv, name) {
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
            (r, m) => return unsupported_method(&r, m, line),
        })
    }
}

/// A column of an `sa.table`. One the table was not declared with fails in Python
/// when the statement is built, before anything runs; the update naming it fails at
/// the same point in the database, so it is kept.
pub(super) fn table_column(_t: &Rc<RefCell<TableVal>>, c: &str, _line: usize) -> R<V> {
    Ok(V::Sql(Rc::new(SqlExpr::Col(c.to_string()))))
}

pub(super) fn sql_of(v: V, line: usize) -> R<SqlExpr> {
    Ok(match v {
        V::Sql(s) => (*s).clone(),
        V::Str(s) => SqlExpr::Lit(Some(s)),
        V::None => SqlExpr::Lit(None),
        V::Int(i) => SqlExpr::Text(i.to_string()),
        o => return err(line, format!("a {} in an SQL expression", o.type_name())),
    })
}

/// `table.update().where(...).values(...)` as an `update` step, when it is one.
fn update_op(u: &UpdateVal, line: usize) -> R<Op> {
    if u.values.len() == 1 && u.wheres.len() <= 1 {
        let (column, value) = &u.values[0];
        let mut up = blank_update(u.table.clone(), column.clone());
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
