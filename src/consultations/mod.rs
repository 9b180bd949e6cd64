//! Open consultations (issue #12): a document published in versions and discussed block by
//! block. Built so far: `blocks` — splitting a document into blocks and matching each new
//! version's blocks to the previous version's so that their ids (and the comments hung on
//! them) survive edits, moves and insertions; `model` — consultations, their immutable
//! versions and blocks (publishing in one transaction), phases from the dates, and comments
//! accepted only while open and only on a block of the current version. Pages come next.

pub mod blocks;
pub mod model;
