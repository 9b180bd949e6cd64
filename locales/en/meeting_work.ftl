## "Let's meet", time polls, and after the meeting
meetings-create-organisation = It is not in the directory yet: add a new record with this name
meetings-request-link = Let’s meet: ask to meet us
meetings-work-links = Requests to meet, time polls and follow-up actions
request-title = Let’s meet
request-intro = Would you like to meet us? Tell us who you are and what you would like to talk about. You do not need an account. We will reply by e-mail.
request-field-organisation = Your organisation or group
request-field-organisation-hint = If you are not part of an organisation, write “none”.
request-field-email-hint = We reply to this address.
request-field-phone = Phone number (optional)
request-field-phone-hint = Only if you would like us to call you.
request-field-topic = What would you like to talk about?
request-field-topic-hint = A few sentences are enough.
request-field-when = When suits you?
request-field-when-hint = For example “weekday mornings” or “not in school holidays”. You can leave this empty.
request-privacy = Only our coordinators see what you send. We use it to arrange the meeting.
request-send = Send request
request-sent-title = Thank you, we have your request
request-sent-p1 = We have sent you an e-mail to say we received it. A coordinator will be in touch about a time.
request-error-organisation = Enter your organisation or group (or “none”)
request-error-topic = Tell us what you would like to talk about
request-error-reason = Tell the person why, in a few words
request-public-form = The public form
requests-title = Requests to meet
requests-waiting = Waiting for a reply
requests-none = No requests are waiting.
requests-handled = Handled
requests-none-handled = None yet.
request-received = Received
request-status-new = New
request-status-scheduled = Meeting scheduled
request-status-polling = Finding a time
request-status-declined = Declined
request-new-record = Not in the directory: a new unlisted record will be made
request-meeting = Meeting
request-meeting-link = Go to the meeting
request-poll-link = Go to the time poll
request-schedule = Schedule a meeting
request-schedule-hint = The organisation is linked (or added to the directory, unlisted), the contact is recorded, and the request is logged in its outreach. The requester is e-mailed the invitation.
request-schedule-button = Schedule the meeting
request-poll = Or find a time together
request-poll-hint = Start a time poll with this person as the first invitee.
request-poll-button = Start a time poll
request-decline = Or decline
request-reason = Reason
request-reason-hint = Sent to the person who asked.
request-decline-button = Decline and tell them
request-flash-scheduled = The meeting is scheduled and the invitation sent.
request-flash-declined = The request was declined and the person told.
polls-title = Time polls
polls-new-title = Find a time
polls-intro = Propose some times and invite people by e-mail. Each person answers through their own link, without an account. When you have a best time, confirm it: the meeting is scheduled and everyone gets an invitation with a calendar file.
polls-none = No time polls yet.
polls-status-open = Waiting for answers
polls-status-confirmed = Time confirmed
polls-slots = Possible times
polls-slots-hint = Give at least two. Dates and times are UK time.
polls-slot-date = Date { $n }
polls-slot-time = Time { $n }
polls-invitees = Who to invite
polls-invitees-hint = One person per line: name, then a comma and their e-mail address. For example: Rhian Davies, rhian@example.org
polls-send = Send the invitations
polls-error-slots = Give at least two possible times
polls-error-slot-past = This time has passed. Give a time in the future.
polls-error-invitees = Invite at least one person (at most 100)
polls-error-invitee-line = Each line needs a name, a comma and an e-mail address
polls-flash-created = The poll was made and the invitations sent.
polls-flash-answered = Thank you, your answers are saved. You can change them until a time is confirmed.
polls-flash-closed = A time has already been confirmed, so answers are closed.
polls-flash-confirmed = The time is confirmed and everyone has been sent an invitation.
polls-flash-already = This poll was already confirmed.
polls-answers = Answers
polls-person = Person
polls-not-answered = not answered yet
polls-totals = Totals
polls-answer-yes = Yes
polls-answer-if_need_be = If need be
polls-answer-no = No
polls-best = Best time so far: { $when }
polls-best-short = best
polls-no-answers = Nobody has answered yet.
polls-confirm = Confirm a time
polls-confirm-hint = Confirming schedules the meeting and e-mails everyone invited.
polls-confirm-button = Confirm { $when }
polls-confirmed-note = The time is confirmed.
polls-hello = Hello { $name }. Which of these times could you make? Answer for each.
polls-confirmed-for = The meeting is confirmed for { $when }. Your invitation is in your e-mail.
polls-save-answers = Save my answers
after-minutes = Minutes
after-minutes-edit = Write or change the minutes
after-minutes-save = Save the minutes
after-field-public = Minutes anyone can read
after-field-public-hint = Shown on the meeting’s page if the meeting is public.
after-field-private = Private notes
after-field-private-hint = Only coordinators see these.
after-private = Private notes (coordinators only)
after-outcomes = Outcomes
after-actions = Follow-up actions
after-actions-title = Open follow-up actions
after-actions-none = No follow-up actions.
after-field-action = Action
after-field-owner = Who will do it
after-no-owner = Nobody yet
after-field-due = Due by
after-add-action = Add the action
after-error-action = Describe the action
after-mark-done = Mark done
after-undo = Not done
after-done = done
after-due = due { $date }
after-overdue = Overdue
after-meeting = Meeting
after-people = People attending
after-people-none = Nobody recorded yet.
after-add-person = Add the person
after-attachments = Attachments
after-attachments-none = No files attached.
after-field-file = Attach a file
after-field-file-hint = PDF, ODT, DOCX, CSV or an image, at most 10 MB.
after-field-file-public = Anyone can download it (when the meeting is public)
after-attach = Attach
after-public = public
email-meeting-request-received-subject = We have your request to meet
email-meeting-request-received-body = Hello { $name },

    Thank you for asking to meet us on behalf of { $organisation }. A coordinator will be in touch about a time.
email-meeting-request-scheduled-subject = Your meeting with us is arranged
email-meeting-request-scheduled-body = Hello { $name },

    Thank you for asking to meet us. We have arranged a meeting on { $when }. The calendar file attached adds it to your calendar; reply to this e-mail if the time does not suit.
email-meeting-request-declined-subject = Your request to meet us
email-meeting-request-declined-body = Hello { $name },

    Thank you for asking to meet us. We are not able to meet at the moment:

    { $reason }
email-poll-invite-subject = When could you meet? { $title }
email-poll-invite-body = Hello { $name },

    We are finding a time for “{ $title }”. These are the possible times (UK time):

    { $times }

    Please say which you could make, using your own link (no account needed):

    { $link }
email-poll-confirmed-subject = Confirmed: { $title } on { $when }
email-poll-confirmed-body = Hello { $name },

    Thank you for answering. “{ $title }” will be on { $when } ({ $place }). The calendar file attached adds it to your calendar.
polls-invite-more = Invite more people
polls-invite-button = Send invitations
polls-silent = { $count ->
    [one] 1 person has not answered yet.
   *[other] { $count } people have not answered yet.
}
polls-remind = Remind them (with a new link)
polls-flash-invited = The new invitations were sent.
polls-flash-reminded = Reminders were sent to everyone who has not answered.
email-poll-reminder-subject = Reminder: when could you meet? { $title }
email-poll-reminder-body = Hello { $name },

    We are still finding a time for “{ $title }” and would like to hear from you. The possible times (UK time):

    { $times }

    Please answer using this link (it replaces the one we sent before):

    { $link }
polls-error-too-many-slots = Propose at most 20 times
