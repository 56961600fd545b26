//! `op.create_table` as SQLAlchemy builds it: its columns and table-level constraints,
//! which primary key results (a table-level one when the autoincrement column is not the
//! first key column), which column is the one autoincrement column, column-level
//! foreign keys, and the enum types it creates first (each once per script).

use super::value::{rest, Args, ColSpec, Constraint, SaType, V};
use super::{err, Eval, R};
use crate::definitions::ops::{ForeignKeySpec, KeySpec, Op};

impl Eval {
    /// `op.create_table(name, *columns_and_constraints, **options)`.
    pub(super) fn create_table(&mut self, mut a: Args) -> R<()> {
        let line = a.line;
        let table = a.req_str(0, "table_name")?;
        let mut columns = Vec::new();
        let mut primary_key = None;
        let mut unique = Vec::new();
        let mut foreign_keys = Vec::new();
        let mut specs = Vec::new();
        for item in rest(&mut a.pos) {
            match item {
                V::Column(c) => specs.push(c),
                V::Constraint(c) => match c.as_ref() {
                    Constraint::Primary(k) => primary_key = Some(k.clone()),
                    Constraint::Unique(k) => unique.push(k.clone()),
                    Constraint::Foreign(f) => foreign_keys.push(f.clone()),
                },
                o => {
                    return err(
                        line,
                        format!(
                            "op.create_table: a {} is not a column or constraint",
                            o.type_name()
                        ),
                    )
                }
            }
        }
        a.ignore(&[
            "mysql_engine",
            "mysql_charset",
            "mysql_collate",
            "mysql_row_format",
            "comment",
        ]);
        a.done(1)?;
        let pk_count = specs.iter().filter(|c| c.primary_key).count();
        // SQLAlchemy's one autoincrement column: the first primary key column
        // flagged autoincrement=True.
        let pk_cols: Vec<&ColSpec> = specs
            .iter()
            .map(|c| c.as_ref())
            .filter(|c| c.primary_key)
            .collect();
        let auto_col = pk_cols
            .iter()
            .find(|c| c.autoincrement == Some(true))
            .map(|c| c.name.clone());
        let mut table_pk = false;
        if pk_count > 1 && primary_key.is_none() {
            if let Some(a) = &auto_col {
                if pk_cols[0].name != *a {
                    // It goes first in the key, so the key is a table-level one.
                    let mut cols: Vec<String> = vec![a.clone()];
                    cols.extend(pk_cols.iter().map(|c| c.name.clone()).filter(|n| n != a));
                    primary_key = Some(KeySpec {
                        name: None,
                        columns: cols,
                    });
                    table_pk = true;
                }
            }
        }
        // Alembic's create_table creates each enum type its columns use (PostgreSQL).
        for c in &specs {
            if let SaType::Enum {
                name: Some(n),
                values,
                create_type: true,
            } = &c.ty
            {
                if !self.created.contains(n) {
                    self.created.push(n.clone());
                    self.emit(
                        Op::CreateEnum {
                            name: n.clone(),
                            values: values.clone(),
                        },
                        c.line,
                    );
                }
            }
        }
        for c in &specs {
            let mut col = self.to_column(c)?;
            if table_pk {
                col.primary_key = false;
            }
            // SQLAlchemy only honours autoincrement on its one autoincrement column.
            if c.autoincrement == Some(true) && auto_col.as_deref() != Some(c.name.as_str()) {
                col.autoincrement = false;
            }
            if let Some((t, rc, od, ou)) = &c.foreign_key {
                foreign_keys.push(ForeignKeySpec {
                    name: None,
                    columns: vec![c.name.clone()],
                    ref_table: t.clone(),
                    ref_columns: vec![rc.clone()],
                    on_delete: od.clone(),
                    on_update: ou.clone(),
                });
            }
            // SQLAlchemy's autoincrement="auto": the one integer primary key column
            if c.autoincrement.is_none()
                && c.primary_key
                && pk_count == 1
                && primary_key.is_none()
                && col.ty.is_integer()
                && c.server_default.is_none()
                && c.foreign_key.is_none()
            {
                col.autoincrement = true;
            }
            columns.push(col);
        }
        self.emit(
            Op::CreateTable {
                table,
                columns,
                primary_key,
                unique,
                foreign_keys,
            },
            line,
        );
        Ok(())
    }
}
