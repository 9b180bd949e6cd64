# The organisations directory, English.
nav-organisations = Organisations
orgs-title = Organisations
orgs-intro = Organisations and equality interest groups taking part in, or reached by, the initiative. Each is listed with its consent.
orgs-new-title = Include your organisation
orgs-new-intro = Tell us about your organisation and we will add it to the directory, so that others can find you and work with you. It takes about five minutes. We will check the details before they appear.
orgs-new-button = Send
orgs-add-title = Add an organisation
orgs-edit-title = Edit { $name }
orgs-edit-link = Edit this record
orgs-history-link = See the history of this record
orgs-history-title = History of { $name }
orgs-history-field = Detail
orgs-history-before = Before
orgs-history-after = After
orgs-history-no-change = No details changed.
orgs-about-you = About you
orgs-about-org = About the organisation
orgs-submitter-email-hint = We will send a link to check it is yours, and tell you when your organisation is listed. We will not publish it.
orgs-honeypot = Leave this empty
orgs-charity-heading = Registered charity (if it is one)
orgs-consent = I confirm that the organisation agrees to be listed publicly in this directory, with the details above (except my own name and e-mail address).
orgs-field-name = Name of the organisation
orgs-field-other-names = Other names (optional)
orgs-field-other-names-hint = Short names or names in other languages, for example in Welsh.
orgs-field-description = What the organisation does (optional)
orgs-field-description-hint = A few sentences in plain language.
orgs-field-website = Website (optional)
orgs-field-website-hint = For example https://www.example.org
orgs-field-email = The organisation's public e-mail address (optional)
orgs-field-email-hint = An address you are happy for anyone to see.
orgs-field-phone = Public phone number (optional)
orgs-field-area = Area served (optional)
orgs-field-area-hint = For example "Cardiff and the Vale" or "the whole of Scotland".
orgs-field-type = Type of organisation
orgs-field-register = Charity register
orgs-field-charity-number = Charity number
orgs-field-charity-number-hint = England and Wales: 6 or 7 digits. Scotland: SC and 6 digits. Northern Ireland: NIC and 6 digits.
orgs-field-lead = Lead network for
orgs-field-lead-hint = The initiative has one lead equality network in each nation.
orgs-field-nations = Nations
orgs-field-characteristics = People it works with (protected characteristics)
orgs-field-characteristics-hint = Tick all that apply. The Northern Ireland categories come from section 75 of the Northern Ireland Act 1998.
orgs-field-goals = Sustainable Development Goals of interest
orgs-field-targets = SDG targets of interest (optional)
orgs-field-targets-hint = Target numbers separated by commas, for example 10.2, 16.7.
orgs-field-listed = Listed publicly (the organisation has agreed)
orgs-type-charity = Charity
orgs-type-community-group = Community group
orgs-type-network = Network
orgs-type-social-enterprise = Social enterprise
orgs-type-public-body = Public body
orgs-type-other = Other
orgs-register- = None
orgs-register-none = Not a registered charity
orgs-register-england-wales = Charity Commission for England and Wales
orgs-register-scotland = Scottish Charity Regulator (OSCR)
orgs-register-northern-ireland = Charity Commission for Northern Ireland
orgs-lead-none = Not a lead network
orgs-lead-for = Lead network for { $nation }
orgs-unlisted = Not listed publicly
orgs-demo = Demo data
orgs-demo-notice = This is demo data: it holds only what the initiative's founding document says about this organisation.
orgs-filter-heading = Filter
orgs-filter-search = Search by name or words
orgs-filter-any = Any
orgs-filter-unlisted = Include records not listed publicly
orgs-filter-apply = Show organisations
orgs-filter-clear = Clear the filters
orgs-sort = Order
orgs-sort-name = By name
orgs-sort-newest = Newest first
orgs-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
orgs-none = No organisations match. Try fewer filters.
orgs-pagination = Pages of results
orgs-previous = Previous page
orgs-next = Next page
orgs-page-of = Page { $page } of
orgs-open-data = Open data
orgs-export-csv = All listed organisations as CSV (spreadsheet)
orgs-export-json = All listed organisations as JSON
orgs-export-oruk = All listed organisations as Open Referral UK JSON
orgs-feed-title = Newly listed organisations (Atom feed)
orgs-sent-title = Check your e-mail
orgs-sent-p1 = Thank you. We have sent a link to your e-mail address. Open it to confirm the details are from you.
orgs-sent-p2 = After that, a coordinator will check the details, usually within a week, and tell you when your organisation is listed.
orgs-confirm-title = Confirm your organisation's details
orgs-confirm-intro = Press the button to confirm that you sent these details. A coordinator will then check them.
orgs-confirm-button = Confirm
orgs-moderation-title = New organisations to check
orgs-moderation-empty = Nothing is waiting to be checked.
orgs-moderation-from = Sent by
orgs-moderation-received = Received
orgs-approve = Approve and list
orgs-approve-edit = Approve, then edit
orgs-merge = Merge into an existing record
orgs-merge-into = Address or short name of the existing record (for example involve)
orgs-reject = Reject
orgs-reject-reason = Reason (sent to the person who asked)
orgs-summary-from-submission = From a request by { $name }
orgs-flash-saved = The organisation's details have been saved.
orgs-flash-confirmed = Thank you: your details are confirmed. A coordinator will check them soon.
orgs-flash-approved = The organisation has been approved and listed.
orgs-flash-merged = The details have been merged into the existing record.
orgs-flash-merge-missing = There is no record at that address. Nothing was merged.
orgs-flash-rejected = The request has been rejected and the reason sent.
orgs-flash-reason-needed = Give a reason to reject a request.
orgs-error-name-missing = Enter the organisation's name
orgs-error-too-long = This is too long
orgs-error-website = Enter a web address that starts with https:// or http://
orgs-error-phone = Enter a phone number using digits, spaces, + ( ) and -
orgs-error-choose = Choose from the list
orgs-error-register-missing = Choose the register the charity number belongs to
orgs-error-charity-number-missing = Enter the charity number
orgs-error-charity-number-england-wales = Charity Commission numbers have 6 or 7 digits, for example 1123456
orgs-error-charity-number-scotland = Scottish charity numbers are SC followed by 6 digits, for example SC012345
orgs-error-charity-number-northern-ireland = Northern Ireland charity numbers are NIC followed by 6 digits, for example NIC100002
orgs-error-target = Enter SDG target numbers such as 10.2 or 16.7
orgs-error-lead-taken = Another organisation is already the lead network for that nation
orgs-error-consent = Confirm that the organisation agrees to be listed
email-org-confirm-subject = Confirm the details of { $organisation }
email-org-confirm-body = Hello,

    Thank you for asking us to include { $organisation } in the { $site } directory. Please confirm that you sent the details by opening this link:

    { $link }

    The link works once, for 48 hours. If you did not ask for this, you can ignore this e-mail.
email-org-approved-subject = { $organisation } is now listed
email-org-approved-body = Hello { $name },

    { $organisation } is now in the directory:

    { $link }

    If anything needs correcting, reply to the coordinators.
email-org-rejected-subject = About your request to list { $organisation }
email-org-rejected-body = Hello { $name },

    Thank you for asking us to include { $organisation }. We have not listed it, for this reason:

    { $reason }

    If you think this is a mistake, please get in touch with the coordinators.

## Outreach (coordinators only)
outreach-title = Outreach
outreach-org-title = Outreach: { $name }
outreach-private = Only coordinators can see this page. Nothing on it is published.
outreach-public-record = See the public record
outreach-pipeline = Where we are
outreach-stage = Stage
outreach-owner = Who is looking after it
outreach-no-owner = Nobody yet
outreach-next-action = Next action
outreach-next-action-due = Next action due
outreach-date-hint = For example 2019-02-27.
outreach-stage-identified = Identified
outreach-stage-contacted = Contacted
outreach-stage-in-conversation = In conversation
outreach-stage-met = Met
outreach-stage-partner = Partner
outreach-stage-declined = Declined
outreach-stage-not-now = Not now
outreach-contacts = Contact people
outreach-no-contacts = No contact people yet.
outreach-add-contact = Add a contact person
outreach-role = Role
outreach-preferred = Preferred way to be contacted
outreach-way-email = E-mail
outreach-way-phone = Phone
outreach-way-post = Post
outreach-way-other = Other
outreach-access-needs = Communication or access needs
outreach-access-needs-hint = For example "BSL interpreter for meetings" or "Easy Read please".
outreach-contact-export = Download this person's data (JSON)
outreach-contact-erase = Erase this person's data
outreach-contact-erased = This contact's details were erased.
outreach-activity = Activity log
outreach-kind = What happened
outreach-kind-email = E-mail
outreach-kind-call = Call
outreach-kind-meeting = Meeting
outreach-kind-event = Event
outreach-kind-other = Other
outreach-happened-on = When
outreach-summary = Summary
outreach-log = Log it
outreach-no-activity = Nothing logged yet.
outreach-notes = Private notes
outreach-new-note = New note
outreach-add-note = Add note
outreach-everyone = Everyone's
outreach-mine = Mine
outreach-my-overdue = My overdue next actions
outreach-all-overdue = All overdue next actions
outreach-owned-by = Looked after by { $name }
outreach-overdue = Overdue
outreach-move = Move
outreach-move-label = Move { $name } to
outreach-error-date = Enter a date like 2019-02-27
outreach-error-note = Write the note
outreach-error-summary = Say briefly what happened
outreach-flash-saved = The pipeline has been updated.
outreach-flash-contact = The contact person has been added.
outreach-flash-erased = The contact person's details have been erased.
outreach-flash-note = The note has been added.
outreach-flash-activity = The activity has been logged.
outreach-flash-moved = The organisation has moved to its new stage.

## Reach
reach-title = Who we have reached
reach-intro = How many organisations we are in touch with in each nation, for each group of people who share a protected characteristic and for each Sustainable Development Goal. Empty cells are the gaps we still need to fill.
reach-public = These figures count organisations listed in the directory.
reach-coordinator = As a coordinator you see every record, including those not listed, with the stage each has reached.
reach-chart-title = Organisations by nation
reach-chart-caption = Organisations in each nation. The same figures are in the tables below.
reach-by-characteristic = By protected characteristic
reach-by-characteristic-caption = Organisations by protected characteristic and nation
reach-characteristic = People it works with
reach-by-goal = By Sustainable Development Goal
reach-by-goal-caption = Organisations by Sustainable Development Goal and nation
reach-goal = Goal
reach-gap = None yet (a gap)
orgs-reach-link = Who we have reached: gaps by nation and characteristic

## Duplicates and merging
dup-heading = This may already be in the directory
dup-advice = Check these records. If it is one of them, edit or merge that record instead. If it is a different organisation, tick the box below and save again.
dup-confirm = This is a different organisation: add it anyway
dup-reason-charity = the same charity number
dup-reason-name = a very similar name
dup-reason-website = the same website
dup-reason-email = the same e-mail domain
orgs-merge-link = Merge into another record
orgs-merge-title = Merge { $name } into another record
orgs-merge-intro = The other record is kept. This one's details fill its gaps, its history, contacts, notes and activity move over, and its old address leads to the kept record.
orgs-merge-candidates = Likely duplicates
orgs-merge-keep = Or type the address or short name of the record to keep
orgs-merge-keep-hint = For example involve, from /organisations/involve.
orgs-merge-button = Merge
orgs-merge-error = Choose another record to keep
orgs-merge-summary = Merged { $name } into this record
orgs-flash-records-merged = The records have been merged. Both histories are kept.

## CSV import
import-title = Import organisations from a spreadsheet
import-intro = Upload a CSV file saved from a spreadsheet. Next you will choose which column holds what, and see any problems before anything is imported. Importing the same file again updates the records instead of adding them twice.
import-file = CSV file
import-file-hint = UTF-8 or Windows (Excel) encoding. The first row must name the columns.
import-upload-button = Upload and continue
import-map-title = Choose what each column holds
import-map-intro = File: { $file }. We have guessed from the column names; change anything that is wrong, then preview again.
import-map-legend = Columns
import-not-imported = (not imported)
import-preview-button = Preview with these columns
import-of-total = out of { $total }.
import-preview-caption = What happens to each row of the file
import-line = Row
import-fixed-website = written as { $address }
import-field-left-out = (left out; the rest of the row is imported)
import-start-button = Import { $count } rows
import-error-map-name = Choose the column that holds the organisation's name.
import-error-unreadable = This row could not be read as CSV
import-error-not-csv = This is not a CSV text file
import-error-empty = The file has no rows to import
import-flash-map-name = Choose the column that holds the organisation's name first.
import-summary = Imported from { $file }
import-progress-title = Importing organisations
import-progress-done = { $done } rows done
import-status-uploaded = Waiting to start.
import-status-running = Importing… this page refreshes by itself.
import-status-done = Finished.
import-status-failed = The import stopped because of an error. The rows done so far are saved.
import-refresh = Refresh
import-see-directory = See the newest records
import-link = Import from a spreadsheet (CSV)
import-field-name = Name
import-field-other-names = Other names
import-field-description = Description
import-field-website = Website
import-field-email = Public e-mail address
import-field-phone = Public phone number
import-field-area-served = Area served
import-field-org-type = Type
import-field-charity-register = Charity register
import-field-charity-number = Charity number
import-field-nations = Nations
import-field-characteristics = Protected characteristics
import-field-goals = SDG goals
import-field-targets = SDG targets
import-field-listed = Agreed to be listed (yes/no)

## Logos
logo-link = Logo
logo-title = Logo of { $name }
logo-file = Logo image
logo-file-hint = PNG, JPEG, GIF or WebP, at most 1 MB. SVG is not accepted.
logo-alt-hint = Usually the organisation's name, for example "Disability Wales logo".
logo-save = Save logo
logo-remove = Remove the logo
logo-error-too-big = The logo must be 1 MB or smaller
logo-error-not-image = The logo must be a PNG, JPEG, GIF or WebP image
logo-flash-saved = The logo has been saved.
logo-flash-removed = The logo has been removed.
outreach-view = Show as
outreach-view-board = Board by stage
outreach-view-list = List
outreach-list-caption = Organisations in the outreach pipeline
outreach-list-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
outreach-pages = Pages of the list
outreach-page-previous = Previous page
outreach-page-next = Next page
outreach-show-all = Show all { $count } in this stage

# Importing a charity register (#18)
import-field-lead-nation = Lead network for
import-field-register-status = Status on the register
import-field-categories = Who it helps (wordings to translate)
import-field-id = Record id (from a Coproduce export)
import-encoding-utf-8 = UTF-8
import-encoding-windows-1252 = Windows-1252 (the encoding Excel uses on Windows)
import-read-as = The file was read as { $encoding }.
import-unlisted-note = Imported records are not listed: the public, the exports and the public reach page do not show them until the organisation agrees to be listed. Records that are already listed are never changed by an import.
import-use-profile = Use a saved profile
import-use-profile-button = Use this profile
import-field = Field
import-column = Column in the file
import-constant = Same value for every row
import-column-for = Column for { $field }
import-constant-for = Same value for every row: { $field }
import-constant-none = (none)
import-constant-hint = A value for every row is used where the row has none of its own: for example the nation and register of a regulator's own file.
import-values-title = What the file's categories mean
import-values-intro = Each wording in the file's "who it helps" column, with how many rows use it. Choose what it means here; common wordings come with a suggestion. A wording that means nothing here is kept as a private note on the record.
import-values-capped = Only the most used wordings are shown; the others keep their suggestion or become a note.
import-value-legend = “{ $wording }”
import-value-rows = { $count ->
    [one] (1 row)
   *[other] ({ $count } rows)
}
import-value-nothing = Means nothing here yet: choose
import-value-means = { $count ->
    [one] Means 1 thing: change
   *[other] Means { $count } things: change
}
import-goal = Goal
import-save-profile = Save these settings as a profile (optional)
import-save-profile-hint = Give a name, for example "CCNI register", to use the same settings for the next download of the same file.
import-preview-title = What the import will do
import-outcome-all = All rows
import-outcome-create = New records
import-outcome-update = Records updated
import-outcome-unchanged = Unchanged
import-outcome-left-alone = Left alone
import-outcome-asked = Need your choice
import-outcome-refused = Refused
import-download-problems = Download the rows that will not be imported, with the reason (CSV)
import-row-n = Row { $row }
import-save-choices = Save these choices
import-what = What will happen
import-pages = Pages of the preview
import-page-of = Page { $page } of { $pages }
import-listed-yes = Listed (the organisations have agreed)
import-listed-no = Not listed
orgs-status-removed = Removed from the register
orgs-status-dissolved = Dissolved
import-what-create = a new record
import-what-update = changes { $fields }
import-what-unchanged = nothing to change
import-choice-skip = Leave this row out
import-choice-new = Import it as a new organisation
import-choice-update = It is { $name }: update that record
import-column-unnamed = Column { $n } (no heading)
import-flash-profile-saved = The settings are saved, and saved as a profile.
import-flash-settings-saved = The settings are saved. The preview below uses them.
import-flash-choices-saved = Your choices are saved.
import-flash-profile-used = The profile's settings are used for this file.
import-status-short-uploaded = Not started
import-status-short-running = Importing
import-status-short-done = Finished
import-status-short-failed = Stopped by an error
import-upload-profile = Saved profile to use (optional)
import-upload-no-profile = None: guess from the column names
import-command-hint = Very large files can be imported from the server's command line with coproduce import-organisations, which follows the same rules and reports the same counts.
import-past-title = Past imports
import-past-none = Nothing has been imported yet.
import-past-file = File
import-past-when = Uploaded
import-past-status = Status
import-past-problems = Rows not imported
import-past-command = (command line)
import-past-problem-rows = { $count ->
    [one] 1 row (CSV)
   *[other] { $count } rows (CSV)
}
import-problems-row = Row
import-problems-outcome = Outcome
import-problems-reason = Reason
import-note-unmapped = Wordings not mapped, kept as a note: { $values }
import-note-same-name-row = Row { $row } has the same name ({ $name }) and another charity number: imported as a separate organisation.
import-note-same-name-record = A record with the same name ({ $name }) has another charity number: imported as a separate organisation.
import-note-listed-changes = The file would change: { $fields }.
import-note-lead-taken = another organisation is already the lead network for that nation (left out; the rest of the row is imported)
import-note-unmapped-record = { $summary }: wordings not mapped to anything here: { $values }
import-left-chosen = You chose to leave this row out.
import-left-listed = The record is listed with the organisation's consent, so an import does not change it. Ask the organisation, or edit the record.
import-ask-same-record = Matches the same record as row { $row } ({ $names }).
import-ask-same-number-in-file = Row { $row } of this file has the same charity number.
import-ask-same-website-in-file = Row { $row } of this file has the same website, and no charity number tells them apart.
import-ask-same-name-in-file = Row { $row } of this file has the same name, and no charity number tells them apart.
import-ask-same-name = Possible match by name only: { $names }. Choose whether it is the same organisation.
orgs-field-register-status = Status on the charity register
orgs-status-live = Registered, or not a registered charity
import-field-tags = Tags (private, for coordinators)
orgs-tags = Tags:
orgs-tags-private = (only coordinators see tags)
outreach-tag = Tag
bulk-link = Change every organisation in this list
bulk-title = Change every organisation in a list
bulk-intro = { $count ->
    [one] This changes the 1 organisation the list shows now.
   *[other] This changes the { $count } organisations the list shows now.
}
bulk-history = Each organisation's history records the change, with your name.
bulk-action-legend = What to change
bulk-action-stage = Set the outreach stage
bulk-action-owner = Set who looks after them
bulk-action-nation = Add a nation
bulk-action-tag = Add a tag
bulk-action-listed = List them publicly
bulk-action-unlisted = Stop listing them publicly
bulk-value-stage = Stage
bulk-value-owner = Who looks after them
bulk-value-nation = Nation
bulk-value-tag = Tag (only coordinators see tags)
bulk-choose = Choose
bulk-confirm-consent = Every one of these organisations has agreed to be listed publicly
bulk-button = { $count ->
    [one] Change 1 organisation
   *[other] Change { $count } organisations
}
bulk-back = Back to the outreach list
bulk-error-action = Choose what to change
bulk-error-choose = Choose a value for this change
bulk-error-consent = Tick this to confirm every organisation has agreed to be listed
bulk-progress-title = Changing organisations
bulk-summary-stage = Stage set to { $value } for { $count } organisations at once
bulk-summary-owner = { $value } now looks after these { $count } organisations
bulk-summary-nation = { $value } added to { $count } organisations at once
bulk-summary-tag = Tag “{ $value }” added to { $count } organisations at once
bulk-summary-listed = Listed publicly with { $count } organisations at once, with their consent
bulk-summary-unlisted = No longer listed publicly, with { $count } organisations at once
