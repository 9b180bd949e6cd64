//! Tests of consultations (issue #12): versions, stable block ids, comments, the reading,
//! commenting and editors' pages, responding, what we heard and the published response.

mod heard;
mod import;
mod model;
mod pages;
mod refusals;
mod responding;
mod welsh;
