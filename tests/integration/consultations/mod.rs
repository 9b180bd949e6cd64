//! Tests of consultations (issue #12) so far: versions, stable block ids, comments, and
//! the reading, commenting and editors' pages.

mod model;
mod pages;
