## "Dewch i gwrdd", polau amser, ac ar ôl y cyfarfod
# Ansicr: termau'r adran hon; i'w gwirio gan siaradwr Cymraeg.
meetings-create-organisation = Dydy e ddim yn y cyfeiriadur eto: ychwanegu cofnod newydd gyda’r enw hwn
meetings-request-link = Dewch i gwrdd: gofynnwch am gyfarfod â ni
meetings-work-links = Ceisiadau i gwrdd, polau amser a chamau dilynol
request-title = Dewch i gwrdd
request-intro = Hoffech chi gwrdd â ni? Dywedwch wrthyn ni pwy ydych chi a beth hoffech chi siarad amdano. Does dim angen cyfrif arnoch. Byddwn yn ateb drwy e-bost.
request-field-organisation = Eich sefydliad neu grŵp
request-field-organisation-hint = Os nad ydych chi’n rhan o sefydliad, ysgrifennwch “dim”.
request-field-email-hint = Rydyn ni’n ateb i’r cyfeiriad hwn.
request-field-phone = Rhif ffôn (dewisol)
request-field-phone-hint = Dim ond os hoffech i ni eich ffonio.
request-field-topic = Am beth hoffech chi siarad?
request-field-topic-hint = Mae ychydig o frawddegau’n ddigon.
request-field-when = Pryd sy’n gyfleus i chi?
request-field-when-hint = Er enghraifft “boreau yn ystod yr wythnos” neu “nid yng ngwyliau’r ysgol”. Gallwch adael hyn yn wag.
request-privacy = Dim ond ein cydlynwyr sy’n gweld yr hyn rydych chi’n ei anfon. Rydyn ni’n ei ddefnyddio i drefnu’r cyfarfod.
request-send = Anfon y cais
request-sent-title = Diolch, mae eich cais gyda ni
request-sent-p1 = Rydyn ni wedi anfon e-bost atoch i ddweud ein bod wedi’i gael. Bydd cydlynydd yn cysylltu am amser.
request-error-organisation = Rhowch eich sefydliad neu grŵp (neu “dim”)
request-error-topic = Dywedwch wrthyn ni am beth hoffech chi siarad
request-error-reason = Dywedwch wrth y person pam, mewn ychydig eiriau
request-public-form = Y ffurflen gyhoeddus
requests-title = Ceisiadau i gwrdd
requests-waiting = Yn aros am ateb
requests-none = Does dim ceisiadau’n aros.
requests-handled = Wedi’u trin
requests-none-handled = Dim eto.
request-received = Wedi dod i law
request-status-new = Newydd
request-status-scheduled = Cyfarfod wedi’i drefnu
request-status-polling = Yn chwilio am amser
request-status-declined = Wedi’i wrthod
request-new-record = Ddim yn y cyfeiriadur: bydd cofnod newydd heb ei restru’n cael ei wneud
request-meeting = Cyfarfod
request-meeting-link = Mynd i’r cyfarfod
request-poll-link = Mynd i’r pôl amser
request-schedule = Trefnu cyfarfod
request-schedule-hint = Mae’r sefydliad yn cael ei gysylltu (neu ei ychwanegu at y cyfeiriadur, heb ei restru), mae’r cyswllt yn cael ei gofnodi, ac mae’r cais yn cael ei nodi yn ei waith allgymorth. Mae’r gwahoddiad yn cael ei anfon at y sawl a ofynnodd.
request-schedule-button = Trefnu’r cyfarfod
request-poll = Neu chwilio am amser gyda’n gilydd
request-poll-hint = Dechrau pôl amser gyda’r person hwn fel y gwahoddai cyntaf.
request-poll-button = Dechrau pôl amser
request-decline = Neu wrthod
request-reason = Rheswm
request-reason-hint = Yn cael ei anfon at y person a ofynnodd.
request-decline-button = Gwrthod a dweud wrthyn nhw
request-flash-scheduled = Mae’r cyfarfod wedi’i drefnu a’r gwahoddiad wedi’i anfon.
request-flash-declined = Gwrthodwyd y cais a dywedwyd wrth y person.
polls-title = Polau amser
polls-new-title = Chwilio am amser
polls-intro = Cynigiwch rai amseroedd a gwahoddwch bobl drwy e-bost. Mae pob person yn ateb drwy ei ddolen ei hun, heb gyfrif. Pan fydd gennych yr amser gorau, cadarnhewch ef: mae’r cyfarfod yn cael ei drefnu ac mae pawb yn cael gwahoddiad gyda ffeil calendr.
polls-none = Does dim polau amser eto.
polls-status-open = Yn aros am atebion
polls-status-confirmed = Amser wedi’i gadarnhau
polls-slots = Amseroedd posibl
polls-slots-hint = Rhowch o leiaf ddau. Amser y DU yw’r dyddiadau a’r amseroedd.
polls-slot-date = Dyddiad { $n }
polls-slot-time = Amser { $n }
polls-invitees = Pwy i’w wahodd
polls-invitees-hint = Un person ar bob llinell: enw, yna coma a’i gyfeiriad e-bost. Er enghraifft: Rhian Davies, rhian@example.org
polls-send = Anfon y gwahoddiadau
polls-error-slots = Rhowch o leiaf ddau amser posibl
polls-error-slot-past = Mae’r amser hwn wedi mynd heibio. Rhowch amser yn y dyfodol.
polls-error-invitees = Gwahoddwch o leiaf un person (100 ar y mwyaf)
polls-error-invitee-line = Mae angen enw, coma a chyfeiriad e-bost ar bob llinell
polls-flash-created = Gwnaed y pôl ac anfonwyd y gwahoddiadau.
polls-flash-answered = Diolch, mae eich atebion wedi’u cadw. Gallwch eu newid nes bydd amser wedi’i gadarnhau.
polls-flash-closed = Mae amser wedi’i gadarnhau’n barod, felly mae’r atebion wedi cau.
polls-flash-confirmed = Mae’r amser wedi’i gadarnhau ac mae gwahoddiad wedi’i anfon at bawb.
polls-flash-already = Roedd y pôl hwn wedi’i gadarnhau’n barod.
polls-answers = Atebion
polls-person = Person
polls-not-answered = heb ateb eto
polls-totals = Cyfansymiau
polls-answer-yes = Ie
polls-answer-if_need_be = Os oes rhaid
polls-answer-no = Na
polls-best = Yr amser gorau hyd yma: { $when }
polls-best-short = gorau
polls-no-answers = Does neb wedi ateb eto.
polls-confirm = Cadarnhau amser
polls-confirm-hint = Mae cadarnhau yn trefnu’r cyfarfod ac yn anfon e-bost at bawb a wahoddwyd.
polls-confirm-button = Cadarnhau { $when }
polls-confirmed-note = Mae’r amser wedi’i gadarnhau.
polls-hello = Helo { $name }. Pa rai o’r amseroedd hyn allech chi ddod iddyn nhw? Atebwch ar gyfer pob un.
polls-confirmed-for = Mae’r cyfarfod wedi’i gadarnhau ar gyfer { $when }. Mae eich gwahoddiad yn eich e-bost.
polls-save-answers = Cadw fy atebion
after-minutes = Cofnodion
after-minutes-edit = Ysgrifennu neu newid y cofnodion
after-minutes-save = Cadw’r cofnodion
after-field-public = Cofnodion y gall unrhyw un eu darllen
after-field-public-hint = Yn cael eu dangos ar dudalen y cyfarfod os yw’r cyfarfod yn gyhoeddus.
after-field-private = Nodiadau preifat
after-field-private-hint = Dim ond cydlynwyr sy’n gweld y rhain.
after-private = Nodiadau preifat (cydlynwyr yn unig)
after-outcomes = Canlyniadau
after-actions = Camau dilynol
after-actions-title = Camau dilynol agored
after-actions-none = Does dim camau dilynol.
after-field-action = Cam
after-field-owner = Pwy fydd yn ei wneud
after-no-owner = Neb eto
after-field-due = Erbyn
after-add-action = Ychwanegu’r cam
after-error-action = Disgrifiwch y cam
after-mark-done = Nodi ei fod wedi’i wneud
after-undo = Heb ei wneud
after-done = wedi’i wneud
after-due = erbyn { $date }
after-overdue = Yn hwyr
after-meeting = Cyfarfod
after-people = Pobl sy’n bresennol
after-people-none = Does neb wedi’i gofnodi eto.
after-add-person = Ychwanegu’r person
after-attachments = Atodiadau
after-attachments-none = Does dim ffeiliau ynghlwm.
after-field-file = Atodi ffeil
after-field-file-hint = PDF, ODT, DOCX, CSV neu lun, 10 MB ar y mwyaf.
after-field-file-public = Gall unrhyw un ei lwytho i lawr (pan fydd y cyfarfod yn gyhoeddus)
after-attach = Atodi
after-public = cyhoeddus
email-meeting-request-received-subject = Mae eich cais i gwrdd â ni wedi dod i law
email-meeting-request-received-body = Helo { $name },

    Diolch am ofyn am gael cwrdd â ni ar ran { $organisation }. Bydd cydlynydd yn cysylltu am amser.
email-meeting-request-scheduled-subject = Mae eich cyfarfod gyda ni wedi’i drefnu
email-meeting-request-scheduled-body = Helo { $name },

    Diolch am ofyn am gael cwrdd â ni. Rydyn ni wedi trefnu cyfarfod ar { $when }. Mae’r ffeil calendr sydd ynghlwm yn ei ychwanegu at eich calendr; atebwch yr e-bost hwn os nad yw’r amser yn gyfleus.
email-meeting-request-declined-subject = Eich cais i gwrdd â ni
email-meeting-request-declined-body = Helo { $name },

    Diolch am ofyn am gael cwrdd â ni. Dydyn ni ddim yn gallu cwrdd ar hyn o bryd:

    { $reason }
email-poll-invite-subject = Pryd allech chi gwrdd? { $title }
email-poll-invite-body = Helo { $name },

    Rydyn ni’n chwilio am amser ar gyfer “{ $title }”. Dyma’r amseroedd posibl (amser y DU):

    { $times }

    Dywedwch pa rai allech chi ddod iddyn nhw, gan ddefnyddio eich dolen eich hun (does dim angen cyfrif):

    { $link }
email-poll-confirmed-subject = Wedi’i gadarnhau: { $title } ar { $when }
email-poll-confirmed-body = Helo { $name },

    Diolch am ateb. Bydd “{ $title }” ar { $when } ({ $place }). Mae’r ffeil calendr sydd ynghlwm yn ei ychwanegu at eich calendr.
polls-invite-more = Gwahodd rhagor o bobl
polls-invite-button = Anfon gwahoddiadau
polls-silent = Pobl sydd heb ateb eto: { $count }
polls-remind = Eu hatgoffa (gyda dolen newydd)
polls-flash-invited = Anfonwyd y gwahoddiadau newydd.
polls-flash-reminded = Anfonwyd nodyn atgoffa at bawb sydd heb ateb.
email-poll-reminder-subject = Nodyn atgoffa: pryd allech chi gwrdd? { $title }
email-poll-reminder-body = Helo { $name },

    Rydyn ni’n dal i chwilio am amser ar gyfer “{ $title }” a hoffen ni glywed gennych chi. Yr amseroedd posibl (amser y DU):

    { $times }

    Atebwch gan ddefnyddio’r ddolen hon (mae’n cymryd lle’r un a anfonwyd o’r blaen):

    { $link }
polls-error-too-many-slots = Cynigiwch 20 amser ar y mwyaf
