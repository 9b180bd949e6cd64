//! Open consultations (issue #12): a document published in versions and discussed block by
//! block. Built so far: `blocks` — splitting a document into blocks and matching each new
//! version's blocks to the previous version's so that their ids (and the comments hung on
//! them) survive edits, moves and insertions.

pub mod blocks;
