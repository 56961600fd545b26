//! Python's built-in functions revision scripts call (`len`, `sorted`, `zip`, ...,
//! `itertools.groupby`, `operator.itemgetter`) and the methods of `str`, `list` and
//! `dict` (`str.format`, `join`, `append`, `items`, ...).

use std::rc::Rc;

use super::value::{Args, V};
use super::{err, unsupported_method, Eval, R};

impl Eval {
    /// `len`, `sorted`, `itertools.groupby`, ...
    pub(super) fn python_call(&mut self, name: &'static str, mut a: Args) -> R<V> {
        let line = a.line;
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
            other => return err(line, format!("unsupported call {other}()")),
        })
    }
}

/// Methods of `str`, `list` and `dict`.
pub(super) fn python_method(recv: V, name: &str, mut a: Args) -> R<V> {
    let line = a.line;
    Ok(match (recv, name) {
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
        (r, m) => return unsupported_method(&r, m, line),
    })
}
