//! What names mean: the modules and members revision scripts import (`from sqlalchemy
//! import ...`, `alembic.op`, `itertools`, `operator`), the `op.NAME` operations, the
//! Python built-in names, and attribute access (`context.bind.dialect.name` gives the
//! dialect being evaluated; `obj.method` becomes a bound method, when the receiver has
//! that method).

use super::execute::table_column;
use super::value::{SaType, V};
use super::{err, Eval, R};

impl Eval {
    /// `o.name`: a module's member, a context attribute, or a bound method.
    pub(super) fn attr(&mut self, o: V, name: &str, line: usize) -> R<V> {
        Ok(match (&o, name) {
            (V::Module("op"), n) => match op_name(n) {
                Some(b) => V::Builtin(b),
                None => return err(line, format!("unsupported operation op.{n}")),
            },
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
}

/// The built-in an `op.NAME` attribute is, for the operations revision scripts use.
fn op_name(n: &str) -> Option<&'static str> {
    Some(match n {
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
        "batch_alter_table" => "op.batch_alter_table",
        _ => return None,
    })
}

/// Python's built-in functions revision scripts use.
pub(super) fn builtin_name(name: &str) -> Option<V> {
    Some(match name {
        "len" => V::Builtin("len"),
        "reversed" => V::Builtin("reversed"),
        "list" => V::Builtin("list"),
        "tuple" => V::Builtin("tuple"),
        "sorted" => V::Builtin("sorted"),
        "str" => V::Builtin("str"),
        "enumerate" => V::Builtin("enumerate"),
        "zip" => V::Builtin("zip"),
        _ => return None,
    })
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
pub(super) fn import_from(module: &str, name: &str) -> Option<V> {
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
