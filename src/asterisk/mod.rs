//! The companion for Asterisk itself: the realtime configuration that reads the
//! tables ([`realtime`]) and a check of the rows Asterisk will read ([`lint`]).
//!
//! May import: `definitions`, `model`, `dialect`, `db`, `engine`, `error`.

pub mod lint;
pub mod realtime;
