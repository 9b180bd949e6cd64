# The wiki, English.

nav-wiki = Wiki
wiki-title = Wiki
wiki-intro = The wiki is where the initiative documents and plans its work in the open. Anyone can read it; with an account you can edit it. Every change is kept.
wiki-all-pages = All pages
wiki-no-pages = There are no pages yet.
wiki-new-page-label = Start a new page
wiki-new-page-hint = Type the page's title, for example "Meeting notes/2019".
wiki-new-page-button = Start page
wiki-tabs-label = Page tools
wiki-tab-read = Read
wiki-tab-edit = Edit
wiki-tab-create = Create
wiki-tab-history = History
wiki-tab-info = Information
wiki-contents = Contents
wiki-edit-section = Edit
wiki-edit-section-name = section: { $heading }
wiki-link-missing = page not written yet
wiki-last-edited = Last edited { $time }
wiki-by = by { $name }.
wiki-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
wiki-missing-intro = There is no page with this title yet.
wiki-missing-create = Create this page
wiki-missing-search = Search for this title in other pages
wiki-old-revision-notice = This is an old version of the page, as saved { $time }.
wiki-old-revision-current = See the current version
wiki-old-revision-diff = Compare with the current version

## Editing
wiki-creating = Creating { $title }
wiki-editing = Editing { $title }
wiki-editing-section = Editing { $title } (section { $section })
wiki-field-text = Page text
wiki-field-text-hint = Written in Markdown: # for headings, *stars* for emphasis, - for lists, [[Page title]] to link to another page.
wiki-field-summary = Summary of your changes (optional)
wiki-field-summary-hint = A few words that say what you changed and why. They show in the page's history.
wiki-field-minor = This is a minor edit (spelling, formatting)
wiki-save-button = Save changes
wiki-preview-button = Show preview
wiki-preview-heading = Preview
wiki-preview-hint = This is how the page will look. Your changes are not saved yet.
wiki-flash-saved = Your changes have been saved.
wiki-flash-merged = Someone else changed this page while you were editing. Your changes did not overlap, so both were kept and saved.
wiki-flash-unchanged = You did not change anything, so nothing was saved.
wiki-flash-reverted = The page has been put back to the earlier version. The change is in the history.
wiki-flash-revert-conflict = The page changed while you were reverting it. Look at the history again and try once more.
wiki-conflict-heading = Someone else changed the same part
wiki-conflict-intro = While you were editing, someone else saved a change to the same part of this page. Nothing is lost. The box below already combines both versions; where you both changed the same lines, both are shown between marker lines. Keep what should stay in each marked part, remove the marker lines, then save.
wiki-conflict-diff-heading = Differences between the current version and your text
wiki-conflict-current = The current version (read only)
wiki-conflict-yours = Both versions combined: choose what to keep
wiki-error-conflict = Someone else changed the same part of this page. Combine your text with theirs, then save again
wiki-conflict-mine = Your text as you wrote it (read only)
wiki-conflict-marker-saved = saved meanwhile by someone else
wiki-conflict-marker-yours = your version
wiki-error-conflict-markers = Choose what to keep in each marked part, then remove the lines starting with <<<<<<<, ======= and >>>>>>>
wiki-conflict-drops-heading = This would remove what someone else added
wiki-error-conflict-drops = Your text leaves out lines someone else added while you were editing. Put them back, or confirm that they should go
wiki-conflict-drops-confirm = Yes, remove these lines added by someone else
wiki-error-summary-too-long = The summary must be 500 characters or fewer
wiki-error-text-too-long = The page is too long. Split it into smaller pages
wiki-error-text-empty = Enter some text for the new page
wiki-error-section-gone = That section no longer exists. Edit the whole page instead
wiki-error-protected = This page is protected, so your account cannot edit it.
wiki-error-title-empty = Enter a title for the page
wiki-error-title-too-long = The title must be 255 bytes or fewer
wiki-error-title-character = Page titles cannot contain # < > [ ] | {"{"} {"}"} or control characters
wiki-error-title-slash = Slashes in a title separate sub-pages: no slash at the start or the end, and no empty parts
wiki-error-title-reserved = A sub-page cannot be called edit, history, talk, diff, revert, info or links

## History and differences
wiki-history-title = History of { $title }
wiki-history-caption = Versions of this page, newest first
wiki-history-compare-from = Compare from
wiki-history-compare-to = Compare to
wiki-history-compare-from-label = Compare from the version of { $time }
wiki-history-compare-to-label = Compare to the version of { $time }
wiki-history-compare-button = Compare the chosen versions
wiki-history-when = Saved
wiki-history-who = By
wiki-history-size = Size (change)
wiki-history-summary = Summary
wiki-history-actions = Actions
wiki-history-diff-link = changes
wiki-history-feed = Follow this page's changes (Atom feed)
wiki-minor-edit = Minor edit
wiki-minor-abbr = m
wiki-revert-button = Put back this version
wiki-revert-summary = Put back version { $revision } by { $author }
wiki-diff-title = Changes to { $title }
wiki-diff-from = From the version of
wiki-diff-from-empty = From an empty page (this is the first version).
wiki-diff-to = To the version of
wiki-diff-inline = Show changes in one column
wiki-diff-side = Show changes side by side
wiki-diff-none = The two versions are the same.
wiki-diff-table-label = Differences
wiki-diff-caption = Differences between the two versions. Removed text is marked as deleted and added text as inserted.
wiki-diff-line = Line
wiki-diff-old = Old version
wiki-diff-new = New version
wiki-diff-old-line = Old line
wiki-diff-new-line = New line
wiki-diff-text = Text
wiki-diff-removed-line = removed
wiki-diff-added-line = added
wiki-diff-skipped = { $count ->
    [one] { $count } unchanged line
   *[other] { $count } unchanged lines
}

## Information
wiki-info-title = Information about { $title }
wiki-info-created-by = Created by
wiki-info-created-at = Created
wiki-info-revisions = Number of versions
wiki-info-last-edit = Last edited
wiki-info-size = Size
wiki-info-links-here = Pages that link here
wiki-links-here-title = Pages that link to { $title }
wiki-links-here-none = No pages link here.

## Recent changes
wiki-recent-changes-title = Recent changes
wiki-contributions-title = Changes by { $name }
wiki-rc-hide-minor = Hide minor edits
wiki-rc-namespace = Show pages
wiki-rc-namespace-all = All pages
wiki-rc-namespace-main = Ordinary pages
wiki-rc-namespace-category = Category pages
wiki-rc-filter = Show changes
wiki-rc-feed = Follow these changes (Atom feed)
wiki-rc-none = No changes match.
wiki-no-summary = (no summary)

## Search
search-title = Search
search-label = Search the wiki
search-exact = A page has exactly this title:
search-results-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-none = Nothing matched. Try fewer or different words.

## Talk pages
wiki-tab-talk = Talk
wiki-talk-title = Talk: { $title }
wiki-talk-intro = Discuss the page here: ask questions, suggest changes, say what you think. Be kind; comments can be hidden by coordinators.
wiki-talk-count = { $count ->
    [0] No comments yet
    [one] { $count } comment
   *[other] { $count } comments
}
wiki-talk-edited = edited
wiki-talk-reply = reply
wiki-talk-hidden = This comment was hidden by a coordinator.
wiki-talk-hidden-reason = Reason: { $reason }
wiki-talk-reply-button = Reply
wiki-talk-reply-label = Your reply to { $name }
wiki-talk-reply-submit = Send reply
wiki-talk-edit-button = Edit your comment
wiki-talk-edit-label = Your comment
wiki-talk-hide-button = Hide this comment
wiki-talk-unhide-button = Show this comment again
wiki-talk-reason-label = Why are you hiding it?
wiki-talk-hide-submit = Hide comment
wiki-talk-new-heading = Start a new discussion
wiki-talk-new-label = Your comment
wiki-talk-new-hint = You can use Markdown, and [[Page title]] to link to a page.
wiki-talk-new-submit = Add comment
wiki-talk-sign-in = Sign in to join the discussion
wiki-talk-error-empty = Write your comment
wiki-talk-error-too-long = Comments must be 10,000 characters or fewer
wiki-talk-error-not-yours = You can only edit your own comments.
wiki-talk-error-reason = Say why you are hiding the comment
wiki-talk-flash-added = Your comment has been added.
wiki-talk-flash-edited = Your comment has been changed.
wiki-talk-flash-hidden = The comment has been hidden. The reason is in the moderation log.
wiki-talk-flash-unhidden = The comment can be seen again.

## Categories
wiki-categories = Categories
wiki-category-members = { $count ->
    [one] { $count } page in this category
   *[other] { $count } pages in this category
}

## Following, moving, protecting, deleting
wiki-follow = Follow this page
wiki-unfollow = Stop following this page
wiki-flash-following = You are following this page. We will e-mail you when it changes, at most once an hour.
wiki-flash-unfollowed = You are no longer following this page.
wiki-info-watchers = People following this page
wiki-info-protection = Protection
wiki-action-move = Move (rename)
wiki-action-protect = Protect
wiki-action-delete = Delete
wiki-redirected-from = Redirected from
wiki-protected-partner = Protected: only partners and coordinators can edit this page.
wiki-protected-locked = Locked: nobody can edit this page until a coordinator unlocks it.
wiki-protection-none = Anyone with an account can edit
wiki-protection-partner = Only partners and coordinators can edit
wiki-protection-locked = Locked: nobody can edit
wiki-move-title = Move { $title }
wiki-move-intro = Give the page a new title. Its history moves with it. Leave a redirect so that links to the old title still work.
wiki-move-new-title = New title
wiki-move-redirect = Leave a redirect at the old title
wiki-move-button = Move page
wiki-move-summary = Moved from { $from } to { $to }. { $reason }
wiki-protect-title = Protect { $title }
wiki-protect-intro = Choose who can edit this page and who can read it.
wiki-protect-readers = Who can read
wiki-protect-readers-hint = A members-only page, its history, talk and the files uploaded for it are seen only by the consortium members' representatives and coordinators. It is left out of lists, feeds and search for everyone else. New subpages of it are members-only too.
wiki-readers-everyone = Everyone
wiki-readers-members = Consortium members and coordinators only
wiki-info-readers = Who can read
wiki-members-only-notice = Consortium members only: only the consortium members' representatives and coordinators can see this page.
wiki-error-readers = Choose who can read the page
wiki-protect-level = Who can edit
wiki-protect-button = Save protection
wiki-delete-title = Delete { $title }
wiki-delete-intro = The page disappears from the wiki, search and lists. Its whole history is kept, and an admin can restore it.
wiki-delete-button = Delete page
wiki-manage-reason = Reason
wiki-manage-reason-hint = This goes in the log, so others know why.
wiki-error-move-same = Enter a title that is different from the current one
wiki-error-move-exists = A page with that title already exists. Choose another title
wiki-error-protection-level = Choose who can edit
wiki-error-delete-reason = Say why you are deleting the page
wiki-flash-moved = The page has been moved. Its history moved with it.
wiki-flash-protected = The page's protection has been saved.
wiki-flash-deleted = The page has been deleted. An admin can restore it.
wiki-flash-restored = The page has been restored with its history.
wiki-flash-restore-taken = The page could not be restored: another page now has its title. Move that page first.
nav-admin-deleted = Deleted pages
admin-deleted-title = Deleted pages
admin-deleted-intro = Pages deleted by coordinators, with their whole history. Restoring puts a page back under its old title.
admin-deleted-none = No pages have been deleted.
admin-deleted-caption = Deleted pages, most recent first
admin-deleted-page = Page
admin-deleted-when = Deleted
admin-deleted-by = By
admin-deleted-restore = Restore
email-watch-subject = { $title } has changed on { $site }
email-watch-body = Hello { $name },

    The page "{ $title }", which you follow, has changed. See what changed:

    { $link }

    We write at most once an hour for each page. To stop these e-mails, open the page and choose "Stop following this page".
email-watch-file-subject = A new version of { $file } on { $site }
email-watch-file-body = Hello { $name },

    Someone has uploaded a new version of the file "{ $file }", which the page "{ $title }" shows. You follow that page. See the file and its earlier versions:

    { $link }

    We write at most once an hour for each page. To stop these e-mails, open the page and choose "Stop following this page".

## Formatting toolbar
wiki-toolbar-label = Formatting
wiki-toolbar-bold = Bold
wiki-toolbar-italic = Italic
wiki-toolbar-heading = Heading
wiki-toolbar-link = Link to a page
wiki-toolbar-list = List
wiki-toolbar-table = Table
