//! The `op.*` operations (but `op.create_table`, `create_table.rs`, and `op.execute`,
//! `execute.rs`), the same operations as `batch_op.*` inside `op.batch_alter_table`,
//! and PostgreSQL `ENUM.create()` / `drop()`: each emits the operation Alembic runs on
//! the dialect being evaluated (`alter_column` and `drop_index` differ by dialect).

use super::schema::{column_type, default_sql};
use super::value::{opt_str, Args, SaType, V};
use super::{err, unsupported_method, Eval, R};
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{AlterColumn, ColumnType, ConstraintKind, Op};

impl Eval {
    /// `op.*` calls (but `op.execute`) and `context.is_offline_mode`.
    pub(super) fn op_call(&mut self, name: &'static str, mut a: Args) -> R<V> {
        let line = a.line;
        Ok(match name {
            "context.is_offline_mode" => {
                a.done(0)?;
                V::Bool(false)
            }
            "op.get_context" => {
                a.done(0)?;
                V::Context
            }
            "op.get_bind" => {
                a.done(0)?;
                V::Bind
            }
            "op.create_table" => {
                self.create_table(a)?;
                V::None
            }
            "op.drop_table" => {
                let table = a.req_str(0, "table_name")?;
                a.done(1)?;
                self.emit(Op::DropTable { table }, line);
                V::None
            }
            "op.add_column" => {
                let table = a.req_str(0, "table_name")?;
                let col = a.req(1, "column")?;
                a.done(2)?;
                self.add_column(table, col, line)?;
                V::None
            }
            "op.drop_column" => {
                let table = a.req_str(0, "table_name")?;
                let column = a.req_str(1, "column_name")?;
                a.ignore(&[
                    "mssql_drop_check",
                    "mssql_drop_default",
                    "mssql_drop_foreign_key",
                ]);
                a.done(2)?;
                self.emit(Op::DropColumn { table, column }, line);
                V::None
            }
            "op.alter_column" => {
                let table = a.req_str(0, "table_name")?;
                let column = a.req_str(1, "column_name")?;
                self.alter_column(table, column, a, 2)?;
                V::None
            }
            "op.create_index" => {
                let name = a.req_str(0, "index_name")?;
                let table = a.req_str(1, "table_name")?;
                self.indexes.push((name.clone(), table.clone()));
                self.create_index(name, table, &mut a, 2)?;
                V::None
            }
            "op.drop_index" => {
                let name = a.req_str(0, "index_name")?;
                let table = match a.get(1, "table_name") {
                    Some(v) => v.str(line, "table_name")?,
                    // Alembic names the table `no_table`, which MySQL rejects; elsewhere
                    // DROP INDEX needs no table, and the model takes it from the script's
                    // own create_index of that name.
                    None if self.dialect == Dialect::Mysql => "no_table".to_string(),
                    None => match self.indexes.iter().find(|(i, _)| *i == name) {
                        Some((_, t)) => t.clone(),
                        None => {
                            return err(
                                line,
                                format!("op.drop_index: index {name} without its table_name"),
                            )
                        }
                    },
                };
                a.done(2)?;
                self.emit(Op::DropIndex { name, table }, line);
                V::None
            }
            "op.create_unique_constraint" | "op.create_primary_key" => {
                let cname = a.req_str(0, "constraint_name")?;
                let table = a.req_str(1, "table_name")?;
                let primary = name == "op.create_primary_key";
                self.create_key(primary, cname, table, &mut a, 2)?;
                V::None
            }
            "op.create_foreign_key" => {
                let cname = a.req_str(0, "constraint_name")?;
                let table = a.req_str(1, "source_table")?;
                let ref_table = a.req_str(2, "referent_table")?;
                let columns = a.req(3, "local_cols")?.strs(line, "local_cols")?;
                let ref_columns = a.req(4, "remote_cols")?.strs(line, "remote_cols")?;
                let on_delete = opt_str(a.take_kw("ondelete"), line)?;
                let on_update = opt_str(a.take_kw("onupdate"), line)?;
                a.done(5)?;
                self.emit(
                    Op::CreateForeignKey {
                        name: cname,
                        table,
                        columns,
                        ref_table,
                        ref_columns,
                        on_delete,
                        on_update,
                    },
                    line,
                );
                V::None
            }
            "op.drop_constraint" => {
                let cname = a.req_str(0, "constraint_name")?;
                let table = a.req_str(1, "table_name")?;
                let kind = match a.get(2, "type_") {
                    None | Some(V::None) => {
                        return err(
                            line,
                            format!(
                            "op.drop_constraint: constraint {cname} without type_ (MySQL needs it)"
                        ),
                        )
                    }
                    Some(v) => {
                        let t = v.str(line, "type_")?;
                        constraint_kind(&t).ok_or_else(|| {
                            (line, format!("op.drop_constraint: unknown type_ {t:?}"))
                        })?
                    }
                };
                a.done(3)?;
                self.emit(
                    Op::DropConstraint {
                        name: cname,
                        table,
                        kind,
                    },
                    line,
                );
                V::None
            }
            "op.batch_alter_table" => {
                let table = a.req_str(0, "table_name")?;
                a.ignore(&[
                    "recreate",
                    "schema",
                    "reflect_args",
                    "table_kwargs",
                    "copy_from",
                    "partial_reordering",
                ]);
                a.done(1)?;
                V::Batch(table)
            }
            other => return err(line, format!("unsupported call {other}()")),
        })
    }

    /// `create()` and `drop()` of a PostgreSQL `ENUM`.
    pub(super) fn enum_method(&mut self, recv: V, name: &str, mut a: Args) -> R<V> {
        let line = a.line;
        Ok(match (recv, name) {
            (
                V::Ty(SaType::Enum {
                    values,
                    name: Some(n),
                    ..
                }),
                "create",
            ) => {
                a.req(0, "bind")?;
                a.ignore(&["checkfirst"]);
                a.done(1)?;
                self.created.push(n.clone());
                self.emit(Op::CreateEnum { name: n, values }, line);
                V::None
            }
            (V::Ty(SaType::Enum { name: Some(n), .. }), "drop") => {
                a.req(0, "bind")?;
                a.ignore(&["checkfirst"]);
                a.done(1)?;
                self.emit(Op::DropEnum { name: n }, line);
                V::None
            }
            (V::Ty(SaType::Enum { name: None, .. }), _) => {
                return err(line, "an enum type without name=")
            }
            (r, m) => return unsupported_method(&r, m, line),
        })
    }

    /// `batch_op.*` inside `with op.batch_alter_table(table) as batch_op`.
    pub(super) fn batch_method(&mut self, table: String, m: &str, mut a: Args) -> R<V> {
        let line = a.line;
        a.what = format!("batch_op.{m}");
        match m {
            "add_column" => {
                let col = a.req(0, "column")?;
                a.ignore(&["insert_before", "insert_after"]);
                a.done(1)?;
                self.add_column(table, col, line)?;
            }
            "drop_column" => {
                let column = a.req_str(0, "column_name")?;
                a.done(1)?;
                self.emit(Op::DropColumn { table, column }, line);
            }
            "alter_column" => {
                let column = a.req_str(0, "column_name")?;
                self.alter_column(table, column, a, 1)?;
            }
            "create_index" => {
                let name = a.req_str(0, "index_name")?;
                self.create_index(name, table, &mut a, 1)?;
            }
            "drop_index" => {
                let name = a.req_str(0, "index_name")?;
                a.done(1)?;
                self.emit(Op::DropIndex { name, table }, line);
            }
            "create_primary_key" | "create_unique_constraint" => {
                let name = a.req_str(0, "constraint_name")?;
                let primary = m == "create_primary_key";
                self.create_key(primary, name, table, &mut a, 1)?;
            }
            "drop_constraint" => {
                let name = a.req_str(0, "constraint_name")?;
                let kind = match a.get(1, "type_") {
                    Some(V::Str(t)) => constraint_kind(&t),
                    _ => None,
                }
                .ok_or_else(|| {
                    (
                        line,
                        format!(
                            "batch_op.drop_constraint: constraint {name} without a known type_"
                        ),
                    )
                })?;
                a.done(2)?;
                self.emit(Op::DropConstraint { name, table, kind }, line);
            }
            other => return err(line, format!("unsupported operation batch_op.{other}")),
        }
        Ok(V::None)
    }

    /// `create_index` of `op` or `batch_op`, from its `columns` argument (at position
    /// `at`) on.
    fn create_index(&mut self, name: String, table: String, a: &mut Args, at: usize) -> R<()> {
        let line = a.line;
        let columns = a.req(at, "columns")?.strs(line, "columns")?;
        let unique = a.opt_bool(99, "unique")?.unwrap_or(false);
        a.done(at + 1)?;
        self.emit(
            Op::CreateIndex {
                name,
                table,
                columns,
                unique,
            },
            line,
        );
        Ok(())
    }

    /// `create_primary_key` (`primary`) or `create_unique_constraint` of `op` or
    /// `batch_op`, from its `columns` argument (at position `at`) on.
    fn create_key(
        &mut self,
        primary: bool,
        name: String,
        table: String,
        a: &mut Args,
        at: usize,
    ) -> R<()> {
        let line = a.line;
        let columns = a.req(at, "columns")?.strs(line, "columns")?;
        a.done(at + 1)?;
        let op = if primary {
            Op::CreatePrimaryKey {
                name,
                table,
                columns,
            }
        } else {
            Op::CreateUnique {
                name,
                table,
                columns,
            }
        };
        self.emit(op, line);
        Ok(())
    }

    fn add_column(&mut self, table: String, col: V, line: usize) -> R<()> {
        let c = match col {
            V::Column(c) => c,
            o => return err(line, format!("add_column of a {}", o.type_name())),
        };
        if c.foreign_key.is_some() {
            return err(
                line,
                format!(
                    "add_column {}: a column with sa.ForeignKey is not supported",
                    c.name
                ),
            );
        }
        let column = self.to_column(&c)?;
        self.emit(Op::AddColumn { table, column }, line);
        Ok(())
    }

    /// `op.alter_column` / `batch_op.alter_column`, as Alembic runs it on this dialect.
    fn alter_column(&mut self, table: String, column: String, mut a: Args, npos: usize) -> R<()> {
        let line = a.line;
        let mut alter = AlterColumn {
            table,
            column,
            ..Default::default()
        };
        if let Some(n) = a.opt_bool(99, "nullable")? {
            alter.nullable = Some(n);
        }
        match a.take_kw("type_") {
            None | Some(V::None) => {}
            Some(t) => alter.ty = Some(column_type(&self.type_of(t, line)?, line)?),
        }
        match a.take_kw("new_column_name") {
            None | Some(V::None) => {}
            Some(v) => alter.new_name = Some(v.str(line, "new_column_name")?),
        }
        match a.take_kw("server_default") {
            None | Some(V::Bool(false)) => {}
            Some(V::None) => alter.drop_default = true,
            Some(v) => alter.default = Some(default_sql(v, line)?),
        }
        let autoinc = a.opt_bool(99, "autoincrement")?;
        let using = match a.take_kw("postgresql_using") {
            None | Some(V::None) => None,
            Some(v) => Some(v.str(line, "postgresql_using")?),
        };
        a.ignore(&[
            "existing_type",
            "existing_nullable",
            "existing_server_default",
            "existing_autoincrement",
            "existing_comment",
            "comment",
            "schema",
            "mssql_drop_default",
            "mssql_drop_check",
            "mssql_drop_foreign_key",
        ]);
        a.done(npos)?;
        match self.dialect {
            // Alembic only renders AUTO_INCREMENT on MySQL; elsewhere it is ignored.
            Dialect::Mysql => alter.autoincrement = autoinc,
            Dialect::Postgresql => {
                alter.using = using;
                // Alembic sends no USING clause; PostgreSQL then converts the column
                // as it is, which `USING column` spells out (our renderer would
                // otherwise add a cast to the enum).
                if alter.using.is_none() && matches!(alter.ty, Some(ColumnType::Enum(_))) {
                    alter.using = Some(self.dialect.ident(&alter.column).into_owned());
                }
            }
            Dialect::Sqlite => {}
        }
        if alter.ty.is_none()
            && alter.nullable.is_none()
            && alter.new_name.is_none()
            && alter.default.is_none()
            && !alter.drop_default
            && alter.autoincrement.is_none()
        {
            // Nothing Alembic renders on this dialect.
            return Ok(());
        }
        self.emit(Op::AlterColumn(alter), line);
        Ok(())
    }
}

/// The constraint kind a `drop_constraint` `type_` names.
fn constraint_kind(type_: &str) -> Option<ConstraintKind> {
    Some(match type_ {
        "unique" => ConstraintKind::Unique,
        "foreignkey" => ConstraintKind::ForeignKey,
        "primary" => ConstraintKind::PrimaryKey,
        "check" => ConstraintKind::Check,
        _ => return None,
    })
}
