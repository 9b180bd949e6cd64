## Digwyddiadau a chofrestru
# Ansicr: termau'r adran hon; i'w gwirio gan siaradwr Cymraeg.
nav-events = Digwyddiadau
events-title = Digwyddiadau
events-intro = Digwyddiadau rydyn ni’n eu cynnal, fel y sgwrs agored a’r uwchgynhadledd. Gallwch gofrestru heb gyfrif, a dweud wrthyn ni beth sydd ei angen arnoch i gymryd rhan.
events-add-title = Ychwanegu digwyddiad
events-edit-title = Newid “{ $title }”
events-upcoming = I ddod
events-none-upcoming = Does dim digwyddiadau i ddod.
events-past = Digwyddiadau a fu
events-none-past = Does dim digwyddiadau a fu.
events-example = Enghraifft
events-example-note = nid digwyddiad go iawn yw hwn. Defnyddiwch ef i roi cynnig ar gofrestru, newid eich anghenion mynediad neu ganslo.
events-edit-link = Newid y digwyddiad hwn
events-attendees-link = Pwy sy’n dod
events-check-in-link = Cofrestru wrth y drws
events-easy-read = Crynodeb hawdd ei ddarllen
events-online = Cymryd rhan ar-lein
events-online-note = Anfonir y ddolen ymuno at bobl sy’n cofrestru i gymryd rhan ar-lein.
events-places = Lleoedd
events-places-left = { $count ->
    [0] Does dim lleoedd ar ôl: gallwch ymuno â’r rhestr aros.
    [one] 1 lle ar ôl
   *[other] Lleoedd ar ôl: { $count }
}
events-programme = Rhaglen
events-programme-none = Dydy’r rhaglen ddim wedi’i chyhoeddi eto.
events-session-add = Ychwanegu at y rhaglen
events-session-title = Teitl y sesiwn
events-session-from = Yn dechrau am
events-session-to = Yn gorffen am
events-session-description = Disgrifiad byr (dewisol)
events-register = Cofrestru
events-register-button = Cofrestru
events-join-waiting = Ymuno â’r rhestr aros
events-over = Mae’r digwyddiad hwn wedi dod i ben.
events-feedback-link = Dywedwch wrthyn ni beth oeddech chi’n ei feddwl o’r digwyddiad
events-opens = Mae cofrestru’n agor ar { $when }.
events-closes = Mae cofrestru’n cau ar { $when }.
events-closed = Mae cofrestru wedi cau.
events-full = Mae pob lle wedi’i gymryd. Os cofrestrwch chi nawr, byddwch yn ymuno â’r rhestr aros, a byddwn yn anfon e-bost atoch os daw lle yn rhydd.
events-field-name = Eich enw
events-field-email = Eich cyfeiriad e-bost
events-field-email-hint = Rydyn ni’n anfon eich cadarnhad a dolen bersonol i newid neu ganslo eich lle i’r cyfeiriad hwn.
events-field-organisation = Sefydliad (dewisol)
events-field-organisation-hint = Os ydych chi’n dod ar ran sefydliad.
events-field-kind = Sut byddwch chi’n cymryd rhan?
events-type-in_person = Wyneb yn wyneb
events-type-online = Ar-lein
events-needs-legend = Beth sydd ei angen arnoch i gymryd rhan?
events-needs-hint = Ticiwch bob un sy’n berthnasol. Dim ond y trefnwyr sy’n gweld hyn, a hynny i’w drefnu yn unig.
events-diet-legend = Bwyd a diod
events-field-other = Unrhyw beth arall y dylen ni ei wybod neu ei drefnu
events-field-other-hint = Er enghraifft iaith arall, angen deiet sydd ddim ar y rhestr, neu amser mae’n rhaid i chi adael.
events-privacy = Dim ond y trefnwyr sy’n gweld eich manylion a’ch anghenion. Rydyn ni’n dileu eich enw a’ch manylion cyswllt 90 diwrnod ar ôl y digwyddiad.
events-need-bsl_interpreter = Dehonglydd Iaith Arwyddion Prydain (BSL)
events-need-isl_interpreter = Dehonglydd Iaith Arwyddion Iwerddon (ISL)
events-need-captioning = Capsiynau byw
events-need-palantypist = Palanteipydd (adroddwr lleferydd-i-destun)
events-need-hearing_loop = Dolen sain
events-need-step_free = Mynediad heb risiau
events-need-wheelchair_space = Lle i gadair olwyn
events-need-accessible_parking = Parcio hygyrch
events-need-quiet_room = Ystafell dawel
events-need-large_print = Deunyddiau print bras
events-need-easy_read = Deunyddiau hawdd eu darllen
events-need-braille = Deunyddiau Braille
events-need-personal_assistant = Lle i’m cynorthwyydd personol neu ofalwr
events-need-travel_support = Help gyda chostau teithio
events-diet-vegetarian = Llysieuol
events-diet-vegan = Fegan
events-diet-halal = Halal
events-diet-kosher = Kosher
events-diet-gluten_free = Heb glwten
events-diet-dairy_free = Heb laeth
events-diet-nut_allergy = Alergedd cnau
events-count-bsl_interpreter = Dehonglwyr BSL: { $count }
events-count-isl_interpreter = Dehonglwyr ISL: { $count }
events-count-captioning = Pobl sydd angen capsiynau byw: { $count }
events-count-palantypist = Ceisiadau am balanteipydd: { $count }
events-count-hearing_loop = Defnyddwyr dolen sain: { $count }
events-count-step_free = Pobl sydd angen mynediad heb risiau: { $count }
events-count-wheelchair_space = Lleoedd cadair olwyn: { $count }
events-count-accessible_parking = Lleoedd parcio hygyrch: { $count }
events-count-quiet_room = Pobl sydd angen ystafell dawel: { $count }
events-count-large_print = Pecynnau print bras: { $count }
events-count-easy_read = Pecynnau hawdd eu darllen: { $count }
events-count-braille = Pecynnau Braille: { $count }
events-count-personal_assistant = Lleoedd i gynorthwywyr personol: { $count }
events-count-travel_support = Ceisiadau am gymorth teithio: { $count }
events-count-vegetarian = Llysieuol: { $count }
events-count-vegan = Fegan: { $count }
events-count-halal = Halal: { $count }
events-count-kosher = Kosher: { $count }
events-count-gluten_free = Heb glwten: { $count }
events-count-dairy_free = Heb laeth: { $count }
events-count-nut_allergy = Alergedd cnau: { $count }
events-count-other = Ceisiadau eraill (gweler y rhestr isod): { $count }
events-field-description = Disgrifiad
events-field-easy-read-hint = Brawddegau byr a geiriau bob dydd. Dywedwch beth yw’r digwyddiad, pryd, ble, a sut i gymryd rhan.
events-field-start-date = Dyddiad dechrau
events-field-start-time = Amser dechrau
events-field-end-date = Dyddiad gorffen
events-field-end-time = Amser gorffen
events-field-online-hint = Dim ond pobl sydd wedi cofrestru i gymryd rhan ar-lein sy’n cael y ddolen hon.
events-registration-legend = Cofrestru
events-field-capacity = Lleoedd
events-field-capacity-hint = Faint o bobl sy’n gallu dod. Pan fydd pob lle wedi’i gymryd, mae pobl yn ymuno â rhestr aros.
events-field-types = Ffyrdd o gymryd rhan
events-field-opens-date = Cofrestru’n agor (dyddiad)
events-field-opens-time = Cofrestru’n agor (amser)
events-field-closes-date = Cofrestru’n cau (dyddiad)
events-field-closes-time = Cofrestru’n cau (amser)
events-field-reminder = E-bost atgoffa, nifer y diwrnodau cyn
events-field-reminder-hint = Does dim neges atgoffa gyda 0.
events-field-feedback = Cyfeiriad y ffurflen adborth (dewisol)
events-field-feedback-hint = Yn cael ei anfon at bawb a ddaeth, ar ôl y digwyddiad.
events-field-public = Gall unrhyw un weld y digwyddiad hwn
events-field-example = Enghraifft yw hon, nid digwyddiad go iawn
events-manage-title = Eich cofrestriad
events-manage-intro = Eich tudalen chi yw hon: cadwch y ddolen o’ch e-bost i ddod yn ôl ati. Gall unrhyw un sydd â’r ddolen newid neu ganslo eich lle.
events-event = Digwyddiad
events-your-status = Statws
events-status-confirmed = Lle wedi’i gadarnhau
events-status-waiting = Ar y rhestr aros
events-status-cancelled = Wedi’i ganslo
events-waiting-position = rhif { $position } ar y rhestr aros
events-change-heading = Newid eich manylion neu’ch anghenion
events-change-button = Cadw’r newidiadau
events-cancel-heading = Methu dod?
events-cancel-intro = Mae canslo’n rhoi eich lle i’r person nesaf ar y rhestr aros. Mae eich atebion monitro cydraddoldeb yn cael eu dileu.
events-cancel-button = Canslo fy lle
events-cancelled-title = Mae eich lle wedi’i ganslo
events-cancelled-p1 = Dydych chi ddim wedi cofrestru ar gyfer { $event } bellach. Rydyn ni wedi anfon e-bost atoch i gadarnhau.
events-attendees-title = Pwy sy’n dod: { $title }
events-back-to-event = Tudalen y digwyddiad
events-csv = Llwytho’r rhestr i lawr (CSV)
events-count-confirmed = Lleoedd wedi’u cymryd: { $count }
events-of-capacity = allan o { $count }
events-count-waiting = Pobl yn aros: { $count }
events-count-in-person = Wyneb yn wyneb: { $count }
events-count-online = Ar-lein: { $count }
events-checklist = Rhestr wirio anghenion mynediad
events-checklist-hint = Ar gyfer y bobl sydd â lle. Trefnwch bob un o’r rhain cyn y diwrnod.
events-checklist-none = Does neb sydd â lle wedi gofyn am unrhyw beth eto.
events-people = Pawb sydd wedi cofrestru
events-people-none = Does neb wedi cofrestru eto.
events-arrived = Wedi cyrraedd
events-check-in-title = Cofrestru wrth y drws: { $title }
events-check-in-count = Wedi cyrraedd
events-mark-arrived = Wedi cyrraedd
events-undo-arrived = Dadwneud
events-error-end-before-start = Rhaid i’r diwedd fod ar ôl y dechrau.
events-error-too-long-event = Gall digwyddiad bara 14 diwrnod ar y mwyaf.
events-error-in-past = Mae’r dyddiad hwn wedi mynd heibio. Rhowch ddyddiad yn y dyfodol.
events-error-closes-before-opens = Rhaid i gofrestru gau ar ôl iddo agor.
events-error-closes-after-end = Rhaid i gofrestru gau cyn i’r digwyddiad orffen.
events-error-capacity = Rhowch nifer y lleoedd, o 0 i 100000.
events-error-capacity-below-taken = Mae mwy o leoedd na hyn wedi’u cymryd yn barod. Canslwch gofrestriadau yn gyntaf, neu rhowch rif mwy.
events-error-reminder = Rhowch nifer o ddiwrnodau o 0 i 30.
events-error-types = Dewiswch o leiaf un ffordd o gymryd rhan.
events-error-kind = Dewiswch sut byddwch chi’n cymryd rhan.
events-error-closed = Dydy cofrestru ar gyfer y digwyddiad hwn ddim ar agor.
events-flash-added = Ychwanegwyd y digwyddiad.
events-flash-saved = Cadwyd y digwyddiad.
events-flash-session-added = Ychwanegwyd y sesiwn at y rhaglen.
events-flash-session-removed = Tynnwyd y sesiwn o’r rhaglen.
events-flash-confirmed = Mae gennych le. Rydyn ni wedi anfon cadarnhad atoch gyda ffeil calendr.
events-flash-waiting = Mae’r digwyddiad yn llawn, felly rydych chi ar y rhestr aros. Byddwn yn anfon e-bost atoch os daw lle yn rhydd.
events-flash-check-email = Diolch. Edrychwch ar eich e-bost i weld beth sy’n digwydd nesaf.
events-flash-changed = Cadwyd eich newidiadau.
events-flash-checked-in = Wedi’i nodi fel wedi cyrraedd.
events-flash-check-in-undone = Dadwnaed y cyrraedd.
monitoring-title = Monitro cydraddoldeb (dewisol)
monitoring-intro = Mae’r cwestiynau hyn yn ein helpu i weld a ydyn ni’n cyrraedd pawb. Gallwch hepgor unrhyw un, neu ateb “Mae’n well gen i beidio â dweud”. Mae eich atebion yn cael eu cadw ar wahân i’ch cofrestriad, dim ond fel cyfansymiau maen nhw’n cael eu dangos, ac maen nhw’n cael eu dileu os byddwch chi’n canslo.
monitoring-skip = (Hepgor y cwestiwn hwn)
monitoring-summary-hint = Cyfansymiau yn unig. Mae unrhyw rif o 1 i 4 wedi’i guddio, a dydy cwestiwn gyda llai na 5 ateb ddim yn cael ei ddangos, fel na ellir adnabod neb.
monitoring-answer = Ateb
monitoring-count = Nifer y bobl
monitoring-too-few = Llai na 5 ateb: heb ei ddangos.
monitoring-suppressed = llai na 5
monitoring-q-age = Oedran
monitoring-q-disability = Ydych chi’n ystyried eich bod yn anabl?
monitoring-q-ethnicity = Grŵp ethnig
monitoring-q-sex = Rhyw neu rywedd
monitoring-q-trans = Ydy eich rhywedd yr un fath â’r rhyw a gofrestrwyd pan gawsoch eich geni?
monitoring-q-orientation = Cyfeiriadedd rhywiol
monitoring-q-religion = Crefydd neu gred
monitoring-a-under_25 = Dan 25
monitoring-a-25_34 = 25 i 34
monitoring-a-35_44 = 35 i 44
monitoring-a-45_54 = 45 i 54
monitoring-a-55_64 = 55 i 64
monitoring-a-65_over = 65 neu hŷn
monitoring-a-prefer_not = Mae’n well gen i beidio â dweud
monitoring-a-yes = Ydw
monitoring-a-no = Nac ydw
monitoring-a-asian = Asiaidd, Asiaidd Prydeinig, Asiaidd Cymreig
monitoring-a-black = Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd
monitoring-a-mixed = Grwpiau ethnig cymysg neu luosog
monitoring-a-white = Gwyn
monitoring-a-other_ethnic = Grŵp ethnig arall
monitoring-a-woman = Menyw
monitoring-a-man = Dyn
monitoring-a-another_way = Mewn ffordd arall
monitoring-a-bisexual = Deurywiol
monitoring-a-gay_lesbian = Hoyw neu lesbiaidd
monitoring-a-heterosexual = Syth neu heterorywiol
monitoring-a-other_orientation = Cyfeiriadedd rhywiol arall
monitoring-a-no_religion = Dim crefydd
monitoring-a-buddhist = Bwdhydd
monitoring-a-christian = Cristion
monitoring-a-hindu = Hindŵ
monitoring-a-jewish = Iddew
monitoring-a-muslim = Mwslim
monitoring-a-sikh = Sikh
monitoring-a-other_religion = Crefydd neu gred arall
email-event-confirmed-subject = Eich lle yn { $event }
email-event-confirmed-body = Helo,

    Mae gennych le yn { $event } ar { $when }. Mae’r ffeil calendr sydd ynghlwm yn ei ychwanegu at eich calendr.

    I weld eich cofrestriad, newid eich anghenion mynediad, neu ganslo, defnyddiwch eich dolen bersonol:

    { $link }

    Cadwch yr e-bost hwn: gall unrhyw un sydd â’r ddolen newid eich cofrestriad.

    Y digwyddiad: { $page }
email-event-waiting-subject = Rydych chi ar y rhestr aros ar gyfer { $event }
email-event-waiting-body = Helo,

    Mae { $event } ar { $when } yn llawn, felly rydych chi ar y rhestr aros. Os daw lle yn rhydd, bydd yn mynd i’r person nesaf sy’n aros, a byddwn yn anfon e-bost atoch ar unwaith.

    I weld eich lle ar y rhestr, newid eich manylion, neu adael y rhestr, defnyddiwch eich dolen bersonol:

    { $link }
email-event-promoted-subject = Mae lle yn rhydd i chi yn { $event }
email-event-promoted-body = Helo { $name },

    Newyddion da: mae lle wedi dod yn rhydd a chi biau fe. Rydych chi bellach wedi cofrestru ar gyfer { $event } ar { $when }. Mae’r ffeil calendr sydd ynghlwm yn ei ychwanegu at eich calendr.

    Eich dolen bersonol (mae’r ddolen newydd hon yn cymryd lle’r un a anfonwyd o’r blaen):

    { $link }

    Os na allwch ddod bellach, canslwch os gwelwch yn dda er mwyn i’r person nesaf gael y lle.
email-event-already-subject = Eich cofrestriad ar gyfer { $event }
email-event-already-body = Helo { $name },

    Ceisiodd rhywun, chi efallai, gofrestru’r cyfeiriad hwn ar gyfer { $event } eto. Rydych chi wedi cofrestru’n barod, felly does dim wedi newid.

    Dyma ddolen bersonol newydd i’ch cofrestriad (dydy’r un a anfonwyd o’r blaen ddim yn gweithio mwyach):

    { $link }
email-event-cancelled-subject = Mae eich lle yn { $event } wedi’i ganslo
email-event-cancelled-body = Helo { $name },

    Mae eich cofrestriad ar gyfer { $event } ar { $when } wedi’i ganslo. Os mai camgymeriad oedd hyn, gallwch gofrestru eto: { $page }
email-event-reminder-subject = Nodyn atgoffa: mae { $event } ar { $when }
email-event-reminder-body = Helo { $name },

    Nodyn i’ch atgoffa bod { $event } ar { $when }.

    Y rhaglen a sut i gyrraedd: { $page }

    Os na allwch ddod bellach, canslwch gyda’r ddolen bersonol yn eich e-bost cadarnhau er mwyn i rywun arall gael eich lle.
email-event-feedback-subject = Beth oeddech chi’n ei feddwl o { $event }?
email-event-feedback-body = Helo { $name },

    Diolch am ddod i { $event }. Dywedwch wrthyn ni beth weithiodd a beth ddylen ni ei newid:

    { $feedback }
events-cancel-for = Canslo
events-flash-cancelled-by-organiser = Wedi’i ganslo. Mae’r person wedi cael gwybod, ac mae unrhyw le oedd ganddo wedi mynd i’r person nesaf sy’n aros.
email-event-changed-subject = Newid: mae { $event } bellach ar { $when }
email-event-changed-body = Helo { $name },

    Mae’r trefnwyr wedi newid amser neu le { $event }. Mae bellach ar { $when }. Os oes gennych le, mae’r ffeil calendr sydd ynghlwm yn diweddaru eich calendr.

    Y manylion: { $page }

    Os na allwch ddod bellach, canslwch gyda’r ddolen bersonol yn eich e-bost cadarnhau.
events-save = Cadw’r digwyddiad
