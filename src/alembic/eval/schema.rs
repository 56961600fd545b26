//! The `sa.*` constructors of schema objects: column types (`sa.String(40)`, `sa.Enum`,
//! PostgreSQL `ENUM`) and their mapping to [`ColumnType`], `sa.Column` (with
//! `server_default` and `sa.ForeignKey`) and its [`Column`], and the table-level
//! constraints (`sa.PrimaryKeyConstraint`, `sa.UniqueConstraint`,
//! `sa.ForeignKeyConstraint`).

use std::rc::Rc;

use super::value::{opt_str, rest, Args, ColSpec, Constraint, SaType, SqlExpr, V};
use super::{err, Eval, R};
use crate::definitions::ops::{Column, ColumnType, ForeignKeySpec, KeySpec};

impl Eval {
    /// `sa.Column`, `sa.Enum`, `sa.ForeignKey`, the constraint classes, `quoted_name`.
    pub(super) fn schema_call(&mut self, name: &'static str, mut a: Args) -> R<V> {
        let line = a.line;
        Ok(match name {
            "quoted_name" => {
                let v = a.req_str(0, "value")?;
                a.get(1, "quote");
                a.done(2)?;
                V::Str(v)
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
            other => return err(line, format!("unsupported call {other}()")),
        })
    }

    pub(super) fn plain_type(&mut self, t: &'static str, mut a: Args) -> R<SaType> {
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

    pub(super) fn type_of(&mut self, v: V, line: usize) -> R<SaType> {
        match v {
            V::Ty(t) => Ok(t),
            V::Builtin(b) => match sa_plain_type(b) {
                Some(t) => Ok(SaType::Plain(t, Vec::new())),
                None => err(
                    line,
                    format!("a {} is not a column type", V::Builtin(b).type_name()),
                ),
            },
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

    pub(super) fn to_column(&self, c: &ColSpec) -> R<Column> {
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
}

pub(super) fn default_sql(v: V, line: usize) -> R<String> {
    match v {
        V::Str(s) => Ok(format!("'{}'", s.replace('\'', "''"))),
        V::Sql(s) => match s.as_ref() {
            SqlExpr::Text(t) => Ok(t.clone()),
            _ => err(line, "server_default must be a string or sa.text()"),
        },
        o => err(line, format!("server_default of a {}", o.type_name())),
    }
}

/// The neutral type name of a plain SQLAlchemy type class.
pub(super) fn sa_plain_type(name: &str) -> Option<&'static str> {
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

pub(super) fn column_type(t: &SaType, line: usize) -> R<ColumnType> {
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
