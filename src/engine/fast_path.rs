//! The fresh-database fast path: build the target revision's schema at once.
//!
//! On a database that has none of a tree's tables, replaying every revision only
//! to arrive at a schema the model already knows is wasted work: the folded model
//! of revision `to` is rendered as one `CREATE` per enum type, table, index and
//! foreign key (the same names, columns in the same order) and the version is
//! recorded, all in one transaction where the database allows. History gets one
//! row per revision, as a replay would leave.

use std::time::Instant;

use crate::db::driver::Connection;
use crate::db::history::{self, Action, Method};
use crate::db::unit::run_unit;
use crate::db::version::{self, DbState};
use crate::definitions::dialect::Dialect;
use crate::definitions::revision::Tree;
use crate::engine::apply::{prepare_tables, shorten, StepRecord};
use crate::engine::migrate::Outcome;
use crate::engine::observer::Observer;
use crate::engine::plan::{model_at, Direction};
use crate::engine::shape::tree_tables;
use crate::error::{DbErrorKind, Error};

/// Whether the database has none of the tables any revision of `tree` creates.
pub fn is_fresh(tree: &Tree, st: &DbState, d: Dialect) -> Result<bool, Error> {
    Ok(!tree_tables(tree, d)?.iter().any(|t| st.has_table(t)))
}

/// Builds revision `to` of `tree` on a fresh database (see the module doc).
pub fn fast_path(
    conn: &mut dyn Connection,
    tree: &Tree,
    st: &DbState,
    to: usize,
    obs: &mut dyn Observer,
) -> Result<Outcome, Error> {
    let d = conn.dialect();
    let started = Instant::now();
    let model = model_at(tree, d, to)?;
    let statements = d.render_schema(&model).map_err(|e| {
        Error::InvalidMigration(format!(
            "cannot build revision {} directly: {e}",
            tree.at(to).id
        ))
    })?;
    prepare_tables(conn, tree, st)?;
    let table = tree.version_table();
    let target = tree.at(to).id;
    let mut bookkeeping = || {
        let mut v: Vec<String> = version::move_sql(d, &table, None, Some(target))
            .into_iter()
            .collect();
        for p in 1..=to {
            let r = tree.at(p);
            v.push(history::insert_sql(
                d,
                &history::Entry {
                    tree: tree.name,
                    revision: r.id,
                    action: Action::Upgrade,
                    from: r.down,
                    to: Some(r.id),
                    checksum: r.sha256,
                    method: Method::FastPath,
                    duration_ms: if p == to {
                        started.elapsed().as_millis()
                    } else {
                        0
                    },
                },
            ));
        }
        v
    };
    if let Err(f) = run_unit(conn, &statements, &mut bookkeeping, &mut |sql| {
        obs.statement(sql)
    }) {
        let note = if f.undone {
            "nothing was created; the database is still at base".to_string()
        } else if f.changes_applied() == f.changes {
            format!("every table was created, but {table} could not be written: run `ast-schema stamp {target}`")
        } else {
            format!(
                "statements 1-{} had already run (MySQL cannot undo DDL) and the version is still base: \
                 drop the tables they created and run again (`--replay` goes revision by revision)",
                f.changes_applied()
            )
        };
        let msg = format!(
            "building {target} at once failed at {} ({}): {}; {note}",
            f.position(),
            shorten(&f.sql),
            f.error
        );
        return Err(match f.error.kind {
            DbErrorKind::Permission => Error::Permission(msg),
            _ => Error::Migration(msg),
        });
    }
    let elapsed = started.elapsed();
    obs.fast_path_done(tree, to, elapsed);
    let steps = (1..=to)
        .map(|p| {
            let r = tree.at(p);
            StepRecord {
                direction: Direction::Upgrade,
                revision: r.id,
                message: r.message,
                from: r.down,
                to: Some(r.id),
                elapsed: None,
            }
        })
        .collect();
    Ok(Outcome {
        tree: *tree,
        from: 0,
        to,
        method: Some(Method::FastPath),
        steps,
        elapsed,
        reconciled: Vec::new(),
    })
}
