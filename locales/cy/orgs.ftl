# Y cyfeiriadur sefydliadau, Cymraeg.
nav-organisations = Sefydliadau
orgs-title = Sefydliadau
orgs-intro = Sefydliadau a grwpiau diddordeb cydraddoldeb sy'n cymryd rhan yn y fenter, neu y mae'r fenter wedi'u cyrraedd. Mae pob un wedi'i restru gyda'i ganiatâd.
orgs-new-title = Cynnwys eich sefydliad
orgs-new-intro = Dywedwch wrthym am eich sefydliad a byddwn yn ei ychwanegu at y cyfeiriadur, fel y gall eraill ddod o hyd i chi a gweithio gyda chi. Mae'n cymryd tua phum munud. Byddwn yn gwirio'r manylion cyn iddynt ymddangos.
orgs-new-button = Anfon
orgs-add-title = Ychwanegu sefydliad
orgs-edit-title = Golygu { $name }
orgs-edit-link = Golygu'r cofnod hwn
orgs-history-link = Gweld hanes y cofnod hwn
orgs-history-title = Hanes { $name }
orgs-history-field = Manylyn
orgs-history-before = Cyn
orgs-history-after = Ar ôl
orgs-history-no-change = Ni newidiodd unrhyw fanylion.
orgs-about-you = Amdanoch chi
orgs-about-org = Am y sefydliad
orgs-submitter-email-hint = Byddwn yn anfon dolen i wirio mai chi biau'r cyfeiriad, ac yn dweud wrthych pan fydd eich sefydliad wedi'i restru. Ni fyddwn yn ei gyhoeddi.
orgs-honeypot = Gadewch hwn yn wag
orgs-charity-heading = Elusen gofrestredig (os yw'n un)
orgs-consent = Rwy'n cadarnhau bod y sefydliad yn cytuno i gael ei restru'n gyhoeddus yn y cyfeiriadur hwn, gyda'r manylion uchod (ac eithrio fy enw a'm cyfeiriad e-bost fy hun).
orgs-field-name = Enw'r sefydliad
orgs-field-other-names = Enwau eraill (dewisol)
orgs-field-other-names-hint = Enwau byr neu enwau mewn ieithoedd eraill, er enghraifft yn Saesneg.
orgs-field-description = Beth mae'r sefydliad yn ei wneud (dewisol)
orgs-field-description-hint = Ychydig frawddegau mewn iaith glir.
orgs-field-website = Gwefan (dewisol)
orgs-field-website-hint = Er enghraifft https://www.enghraifft.cymru
orgs-field-email = Cyfeiriad e-bost cyhoeddus y sefydliad (dewisol)
orgs-field-email-hint = Cyfeiriad rydych chi'n fodlon i unrhyw un ei weld.
orgs-field-phone = Rhif ffôn cyhoeddus (dewisol)
orgs-field-area = Ardal a wasanaethir (dewisol)
orgs-field-area-hint = Er enghraifft "Caerdydd a'r Fro" neu "yr Alban gyfan".
orgs-field-type = Math o sefydliad
orgs-field-register = Cofrestr elusennau
orgs-field-charity-number = Rhif elusen
orgs-field-charity-number-hint = Cymru a Lloegr: 6 neu 7 digid. Yr Alban: SC a 6 digid. Gogledd Iwerddon: NIC a 6 digid.
orgs-field-lead = Rhwydwaith arweiniol ar gyfer
orgs-field-lead-hint = Mae gan y fenter un rhwydwaith cydraddoldeb arweiniol ym mhob gwlad.
orgs-field-nations = Gwledydd
orgs-field-characteristics = Pobl y mae'n gweithio gyda nhw (nodweddion gwarchodedig)
orgs-field-characteristics-hint = Ticiwch bob un sy'n berthnasol. Daw categorïau Gogledd Iwerddon o adran 75 o Ddeddf Gogledd Iwerddon 1998.
orgs-field-goals = Nodau Datblygu Cynaliadwy o ddiddordeb
orgs-field-targets = Targedau'r Nodau o ddiddordeb (dewisol)
orgs-field-targets-hint = Rhifau targedau wedi'u gwahanu gan atalnodau, er enghraifft 10.2, 16.7.
orgs-field-listed = Wedi'i restru'n gyhoeddus (mae'r sefydliad wedi cytuno)
orgs-type-charity = Elusen
orgs-type-community-group = Grŵp cymunedol
orgs-type-network = Rhwydwaith
orgs-type-social-enterprise = Menter gymdeithasol
orgs-type-public-body = Corff cyhoeddus
orgs-type-other = Arall
orgs-register- = Dim
orgs-register-none = Nid yw'n elusen gofrestredig
orgs-register-england-wales = Y Comisiwn Elusennau ar gyfer Cymru a Lloegr
orgs-register-scotland = Rheoleiddiwr Elusennau'r Alban (OSCR)
orgs-register-northern-ireland = Comisiwn Elusennau Gogledd Iwerddon
orgs-lead-none = Nid yw'n rhwydwaith arweiniol
orgs-lead-for = Rhwydwaith arweiniol ar gyfer { $nation }
orgs-unlisted = Heb ei restru'n gyhoeddus
orgs-demo = Data enghreifftiol
orgs-demo-notice = Data enghreifftiol yw hwn: dim ond yr hyn y mae dogfen sefydlu'r fenter yn ei ddweud am y sefydliad hwn sydd yma.
orgs-filter-heading = Hidlo
orgs-filter-search = Chwilio yn ôl enw neu eiriau
orgs-filter-any = Unrhyw un
orgs-filter-unlisted = Cynnwys cofnodion nad ydynt wedi'u rhestru'n gyhoeddus
orgs-filter-apply = Dangos sefydliadau
orgs-filter-clear = Clirio'r hidlwyr
orgs-sort = Trefn
orgs-sort-name = Yn ôl enw
orgs-sort-newest = Y mwyaf newydd yn gyntaf
orgs-count = { $count ->
    [zero] Dim sefydliadau
    [one] { $count } sefydliad
    [two] { $count } sefydliad
    [few] { $count } sefydliad
    [many] { $count } sefydliad
   *[other] { $count } o sefydliadau
}
orgs-none = Does dim sefydliadau'n cyfateb. Rhowch gynnig ar lai o hidlwyr.
orgs-pagination = Tudalennau'r canlyniadau
orgs-previous = Y dudalen flaenorol
orgs-next = Y dudalen nesaf
orgs-page-of = Tudalen { $page } o
orgs-open-data = Data agored
orgs-export-csv = Pob sefydliad rhestredig fel CSV (taenlen)
orgs-export-json = Pob sefydliad rhestredig fel JSON
orgs-export-oruk = Pob sefydliad rhestredig fel JSON Open Referral UK
orgs-feed-title = Sefydliadau a restrwyd yn ddiweddar (ffrwd Atom)
orgs-sent-title = Gwiriwch eich e-bost
orgs-sent-p1 = Diolch. Rydym wedi anfon dolen i'ch cyfeiriad e-bost. Agorwch hi i gadarnhau mai chi anfonodd y manylion.
orgs-sent-p2 = Wedi hynny, bydd cydlynydd yn gwirio'r manylion, fel arfer o fewn wythnos, ac yn dweud wrthych pan fydd eich sefydliad wedi'i restru.
orgs-confirm-title = Cadarnhau manylion eich sefydliad
orgs-confirm-intro = Pwyswch y botwm i gadarnhau mai chi anfonodd y manylion hyn. Yna bydd cydlynydd yn eu gwirio.
orgs-confirm-button = Cadarnhau
orgs-moderation-title = Sefydliadau newydd i'w gwirio
orgs-moderation-empty = Does dim yn aros i gael ei wirio.
orgs-moderation-from = Anfonwyd gan
orgs-moderation-received = Derbyniwyd
orgs-approve = Cymeradwyo a rhestru
orgs-approve-edit = Cymeradwyo, yna golygu
orgs-merge = Uno â chofnod sy'n bodoli
orgs-merge-into = Cyfeiriad neu enw byr y cofnod sy'n bodoli (er enghraifft involve)
orgs-reject = Gwrthod
orgs-reject-reason = Rheswm (a anfonir at y sawl a ofynnodd)
orgs-summary-from-submission = O gais gan { $name }
orgs-flash-saved = Mae manylion y sefydliad wedi'u cadw.
orgs-flash-confirmed = Diolch: mae eich manylion wedi'u cadarnhau. Bydd cydlynydd yn eu gwirio cyn bo hir.
orgs-flash-approved = Mae'r sefydliad wedi'i gymeradwyo a'i restru.
orgs-flash-merged = Mae'r manylion wedi'u huno â'r cofnod sy'n bodoli.
orgs-flash-merge-missing = Does dim cofnod yn y cyfeiriad hwnnw. Ni unwyd dim.
orgs-flash-rejected = Mae'r cais wedi'i wrthod a'r rheswm wedi'i anfon.
orgs-flash-reason-needed = Rhowch reswm i wrthod cais.
orgs-error-name-missing = Rhowch enw'r sefydliad
orgs-error-too-long = Mae hwn yn rhy hir
orgs-error-website = Rhowch gyfeiriad gwe sy'n dechrau gyda https:// neu http://
orgs-error-phone = Rhowch rif ffôn gan ddefnyddio digidau, bylchau, + ( ) a -
orgs-error-choose = Dewiswch o'r rhestr
orgs-error-register-missing = Dewiswch y gofrestr y mae'r rhif elusen yn perthyn iddi
orgs-error-charity-number-missing = Rhowch y rhif elusen
orgs-error-charity-number-england-wales = Mae gan rifau'r Comisiwn Elusennau 6 neu 7 digid, er enghraifft 1123456
orgs-error-charity-number-scotland = Mae rhifau elusennau'r Alban yn SC ac yna 6 digid, er enghraifft SC012345
orgs-error-charity-number-northern-ireland = Mae rhifau elusennau Gogledd Iwerddon yn NIC ac yna 6 digid, er enghraifft NIC100002
orgs-error-target = Rhowch rifau targedau'r Nodau fel 10.2 neu 16.7
orgs-error-lead-taken = Mae sefydliad arall eisoes yn rhwydwaith arweiniol ar gyfer y wlad honno
orgs-error-consent = Cadarnhewch fod y sefydliad yn cytuno i gael ei restru
email-org-confirm-subject = Cadarnhewch fanylion { $organisation }
email-org-confirm-body = Helo,

    Diolch am ofyn i ni gynnwys { $organisation } yng nghyfeiriadur { $site }. Cadarnhewch mai chi anfonodd y manylion drwy agor y ddolen hon:

    { $link }

    Mae'r ddolen yn gweithio unwaith, am 48 awr. Os na wnaethoch ofyn am hyn, gallwch anwybyddu'r neges hon.
email-org-approved-subject = Mae { $organisation } wedi'i restru bellach
email-org-approved-body = Helo { $name },

    Mae { $organisation } yn y cyfeiriadur bellach:

    { $link }

    Os oes angen cywiro unrhyw beth, atebwch y cydlynwyr.
email-org-rejected-subject = Ynghylch eich cais i restru { $organisation }
email-org-rejected-body = Helo { $name },

    Diolch am ofyn i ni gynnwys { $organisation }. Nid ydym wedi'i restru, am y rheswm hwn:

    { $reason }

    Os ydych chi'n credu bod hyn yn gamgymeriad, cysylltwch â'r cydlynwyr.

## Allgymorth (cydlynwyr yn unig)
outreach-title = Allgymorth
outreach-org-title = Allgymorth: { $name }
outreach-private = Dim ond cydlynwyr all weld y dudalen hon. Nid oes dim arni'n cael ei gyhoeddi.
outreach-public-record = Gweld y cofnod cyhoeddus
outreach-pipeline = Ble rydym ni arni
outreach-stage = Cam
outreach-owner = Pwy sy'n gofalu amdano
outreach-no-owner = Neb eto
outreach-next-action = Y cam nesaf
outreach-next-action-due = Dyddiad y cam nesaf
outreach-date-hint = Er enghraifft 2019-02-27.
outreach-stage-identified = Wedi'i nodi
outreach-stage-contacted = Wedi cysylltu
outreach-stage-in-conversation = Mewn sgwrs
outreach-stage-met = Wedi cwrdd
outreach-stage-partner = Partner
outreach-stage-declined = Wedi gwrthod
outreach-stage-not-now = Nid nawr
outreach-contacts = Pobl gyswllt
outreach-no-contacts = Dim pobl gyswllt eto.
outreach-add-contact = Ychwanegu person cyswllt
outreach-role = Rôl
outreach-preferred = Y ffordd orau o gysylltu
outreach-way-email = E-bost
outreach-way-phone = Ffôn
outreach-way-post = Post
outreach-way-other = Arall
outreach-access-needs = Anghenion cyfathrebu neu fynediad
outreach-access-needs-hint = Er enghraifft "dehonglydd BSL ar gyfer cyfarfodydd" neu "Hawdd ei Ddeall os gwelwch yn dda".
outreach-contact-export = Llwytho data'r person hwn i lawr (JSON)
outreach-contact-erase = Dileu data'r person hwn
outreach-contact-erased = Dilëwyd manylion y person cyswllt hwn.
outreach-activity = Log gweithgarwch
outreach-kind = Beth ddigwyddodd
outreach-kind-email = E-bost
outreach-kind-call = Galwad
outreach-kind-meeting = Cyfarfod
outreach-kind-event = Digwyddiad
outreach-kind-other = Arall
outreach-happened-on = Pryd
outreach-summary = Crynodeb
outreach-log = Cofnodi
outreach-no-activity = Dim wedi'i gofnodi eto.
outreach-notes = Nodiadau preifat
outreach-new-note = Nodyn newydd
outreach-add-note = Ychwanegu nodyn
outreach-everyone = Pawb
outreach-mine = Fy rhai i
outreach-my-overdue = Fy nghamau nesaf sy'n hwyr
outreach-all-overdue = Pob cam nesaf sy'n hwyr
outreach-owned-by = Yng ngofal { $name }
outreach-overdue = Yn hwyr
outreach-move = Symud
outreach-move-label = Symud { $name } i
outreach-error-date = Rhowch ddyddiad fel 2019-02-27
outreach-error-note = Ysgrifennwch y nodyn
outreach-error-summary = Dywedwch yn fyr beth ddigwyddodd
outreach-flash-saved = Mae'r broses wedi'i diweddaru.
outreach-flash-contact = Mae'r person cyswllt wedi'i ychwanegu.
outreach-flash-erased = Mae manylion y person cyswllt wedi'u dileu.
outreach-flash-note = Mae'r nodyn wedi'i ychwanegu.
outreach-flash-activity = Mae'r gweithgarwch wedi'i gofnodi.
outreach-flash-moved = Mae'r sefydliad wedi symud i'w gam newydd.

## Cyrhaeddiad
reach-title = Pwy rydym wedi'u cyrraedd
reach-intro = Faint o sefydliadau rydym mewn cysylltiad â nhw ym mhob gwlad, ar gyfer pob grŵp o bobl sy'n rhannu nodwedd warchodedig ac ar gyfer pob un o'r Nodau Datblygu Cynaliadwy. Celloedd gwag yw'r bylchau y mae angen i ni eu llenwi o hyd.
reach-public = Mae'r ffigurau hyn yn cyfrif sefydliadau sydd wedi'u rhestru yn y cyfeiriadur.
reach-coordinator = Fel cydlynydd rydych chi'n gweld pob cofnod, gan gynnwys y rhai nad ydynt wedi'u rhestru, gyda'r cam y mae pob un wedi'i gyrraedd.
reach-chart-title = Sefydliadau yn ôl gwlad
reach-chart-caption = Sefydliadau ym mhob gwlad. Mae'r un ffigurau yn y tablau isod.
reach-by-characteristic = Yn ôl nodwedd warchodedig
reach-by-characteristic-caption = Sefydliadau yn ôl nodwedd warchodedig a gwlad
reach-characteristic = Pobl y mae'n gweithio gyda nhw
reach-by-goal = Yn ôl Nod Datblygu Cynaliadwy
reach-by-goal-caption = Sefydliadau yn ôl Nod Datblygu Cynaliadwy a gwlad
reach-goal = Nod
reach-gap = Dim eto (bwlch)
orgs-reach-link = Pwy rydym wedi'u cyrraedd: bylchau yn ôl gwlad a nodwedd

## Dyblygion ac uno
dup-heading = Efallai fod hwn yn y cyfeiriadur yn barod
dup-advice = Gwiriwch y cofnodion hyn. Os yw'n un ohonyn nhw, golygwch neu unwch y cofnod hwnnw yn lle hynny. Os yw'n sefydliad gwahanol, ticiwch y blwch isod a chadw eto.
dup-confirm = Mae hwn yn sefydliad gwahanol: ei ychwanegu beth bynnag
dup-reason-charity = yr un rhif elusen
dup-reason-name = enw tebyg iawn
dup-reason-website = yr un wefan
dup-reason-email = yr un parth e-bost
orgs-merge-link = Uno â chofnod arall
orgs-merge-title = Uno { $name } â chofnod arall
orgs-merge-intro = Caiff y cofnod arall ei gadw. Mae manylion hwn yn llenwi ei fylchau, mae ei hanes, ei gysylltiadau, ei nodiadau a'i weithgarwch yn symud drosodd, ac mae ei hen gyfeiriad yn arwain at y cofnod a gadwyd.
orgs-merge-candidates = Dyblygion tebygol
orgs-merge-keep = Neu teipiwch gyfeiriad neu enw byr y cofnod i'w gadw
orgs-merge-keep-hint = Er enghraifft involve, o /organisations/involve.
orgs-merge-button = Uno
orgs-merge-error = Dewiswch gofnod arall i'w gadw
orgs-merge-summary = Unwyd { $name } â'r cofnod hwn
orgs-flash-records-merged = Mae'r cofnodion wedi'u huno. Cedwir y ddau hanes.

## Mewnforio CSV
import-title = Mewnforio sefydliadau o daenlen
import-intro = Uwchlwythwch ffeil CSV wedi'i chadw o daenlen. Nesaf byddwch yn dewis pa golofn sy'n dal beth, ac yn gweld unrhyw broblemau cyn i ddim gael ei fewnforio. Mae mewnforio'r un ffeil eto'n diweddaru'r cofnodion yn lle eu hychwanegu ddwywaith.
import-file = Ffeil CSV
import-file-hint = Amgodiad UTF-8 neu Windows (Excel). Rhaid i'r rhes gyntaf enwi'r colofnau.
import-upload-button = Uwchlwytho a pharhau
import-map-title = Dewiswch beth sydd ym mhob colofn
import-map-intro = Ffeil: { $file }. Rydym wedi dyfalu o enwau'r colofnau; newidiwch unrhyw beth sy'n anghywir, yna rhagolygwch eto.
import-map-legend = Colofnau
import-not-imported = (heb ei fewnforio)
import-preview-button = Rhagolwg gyda'r colofnau hyn
import-of-total = allan o { $total }.
import-preview-caption = Beth sy'n digwydd i bob rhes o'r ffeil
import-line = Rhes
import-fixed-website = wedi'i ysgrifennu fel { $address }
import-field-left-out = (wedi'i adael allan; mae gweddill y rhes yn cael ei mewnforio)
import-start-button = Mewnforio { $count } rhes
import-error-map-name = Dewiswch y golofn sy'n dal enw'r sefydliad.
import-error-unreadable = Nid oedd modd darllen y rhes hon fel CSV
import-error-not-csv = Nid ffeil destun CSV yw hon
import-error-empty = Does dim rhesi i'w mewnforio yn y ffeil
import-flash-map-name = Dewiswch y golofn sy'n dal enw'r sefydliad yn gyntaf.
import-summary = Wedi'i fewnforio o { $file }
import-progress-title = Mewnforio sefydliadau
import-progress-done = { $done } rhes wedi'u gwneud
import-status-uploaded = Yn aros i ddechrau.
import-status-running = Yn mewnforio… mae'r dudalen hon yn adnewyddu ei hun.
import-status-done = Wedi gorffen.
import-status-failed = Stopiodd y mewnforio oherwydd gwall. Mae'r rhesi a wnaed hyd yma wedi'u cadw.
import-refresh = Adnewyddu
import-see-directory = Gweld y cofnodion diweddaraf
import-link = Mewnforio o daenlen (CSV)
import-field-name = Enw
import-field-other-names = Enwau eraill
import-field-description = Disgrifiad
import-field-website = Gwefan
import-field-email = Cyfeiriad e-bost cyhoeddus
import-field-phone = Rhif ffôn cyhoeddus
import-field-area-served = Ardal a wasanaethir
import-field-org-type = Math
import-field-charity-register = Cofrestr elusennau
import-field-charity-number = Rhif elusen
import-field-nations = Gwledydd
import-field-characteristics = Nodweddion gwarchodedig
import-field-goals = Nodau
import-field-targets = Targedau
import-field-listed = Wedi cytuno i'w restru (ie/na)

## Logos
logo-link = Logo
logo-title = Logo { $name }
logo-file = Delwedd y logo
logo-file-hint = PNG, JPEG, GIF neu WebP, 1 MB ar y mwyaf. Ni dderbynnir SVG.
logo-alt-hint = Enw'r sefydliad fel arfer, er enghraifft "Logo Anabledd Cymru".
logo-save = Cadw'r logo
logo-remove = Tynnu'r logo
logo-error-too-big = Rhaid i'r logo fod yn 1 MB neu'n llai
logo-error-not-image = Rhaid i'r logo fod yn ddelwedd PNG, JPEG, GIF neu WebP
logo-flash-saved = Mae'r logo wedi'i gadw.
logo-flash-removed = Mae'r logo wedi'i dynnu.
outreach-view = Dangos fel
outreach-view-board = Bwrdd yn ôl cam
outreach-view-list = Rhestr
outreach-list-caption = Sefydliadau yn y broses allgymorth
outreach-list-count = { $count ->
    [one] { $count } sefydliad
   *[other] { $count } sefydliad
}
outreach-pages = Tudalennau'r rhestr
outreach-page-previous = Y dudalen flaenorol
outreach-page-next = Y dudalen nesaf
outreach-show-all = Dangos y { $count } i gyd yn y cam hwn

# Mewnforio cofrestr elusennau (#18)
import-field-lead-nation = Rhwydwaith arweiniol ar gyfer
import-field-register-status = Statws ar y gofrestr
import-field-categories = Pwy mae'n ei helpu (geiriad i'w gyfieithu)
import-field-id = Dynodydd y cofnod (o allforio Coproduce)
import-encoding-utf-8 = UTF-8
import-encoding-windows-1252 = Windows-1252 (yr amgodiad y mae Excel yn ei ddefnyddio ar Windows)
import-read-as = Darllenwyd y ffeil fel { $encoding }.
import-unlisted-note = Nid yw cofnodion a fewnforiwyd wedi'u rhestru: nid yw'r cyhoedd, yr allforion na'r dudalen cyrhaeddiad gyhoeddus yn eu dangos nes bod y sefydliad yn cytuno i'w restru. Nid yw mewnforio byth yn newid cofnodion sydd eisoes wedi'u rhestru.
import-use-profile = Defnyddio proffil sydd wedi'i gadw
import-use-profile-button = Defnyddio'r proffil hwn
import-field = Maes
import-column = Colofn yn y ffeil
import-constant = Yr un gwerth i bob rhes
import-column-for = Colofn ar gyfer { $field }
import-constant-for = Yr un gwerth i bob rhes: { $field }
import-constant-none = (dim)
import-constant-hint = Defnyddir gwerth i bob rhes lle nad oes gan y rhes werth ei hun: er enghraifft gwlad a chofrestr ffeil rheoleiddiwr ei hun.
import-values-title = Beth mae categorïau'r ffeil yn ei olygu
import-values-intro = Pob geiriad yng ngholofn "pwy mae'n ei helpu" y ffeil, gyda sawl rhes sy'n ei ddefnyddio. Dewiswch beth mae'n ei olygu yma; daw awgrym gyda geiriad cyffredin. Cedwir geiriad nad yw'n golygu dim yma fel nodyn preifat ar y cofnod.
import-values-capped = Dim ond y geiriad a ddefnyddir fwyaf a ddangosir; mae'r lleill yn cadw eu hawgrym neu'n troi'n nodyn.
import-value-legend = “{ $wording }”
import-value-rows = { $count ->
    [one] (1 rhes)
   *[other] ({ $count } rhes)
}
import-value-nothing = Nid yw'n golygu dim yma eto: dewiswch
import-value-means = { $count ->
    [one] Yn golygu 1 peth: newid
   *[other] Yn golygu { $count } peth: newid
}
import-goal = Nod
import-save-profile = Cadw'r gosodiadau hyn fel proffil (dewisol)
import-save-profile-hint = Rhowch enw, er enghraifft "Cofrestr CCNI", i ddefnyddio'r un gosodiadau ar gyfer y lawrlwythiad nesaf o'r un ffeil.
import-preview-title = Beth fydd y mewnforio yn ei wneud
import-outcome-all = Pob rhes
import-outcome-create = Cofnodion newydd
import-outcome-update = Cofnodion wedi'u diweddaru
import-outcome-unchanged = Heb newid
import-outcome-left-alone = Wedi'u gadael
import-outcome-asked = Angen eich dewis
import-outcome-refused = Wedi'u gwrthod
import-download-problems = Lawrlwytho'r rhesi na fydd yn cael eu mewnforio, gyda'r rheswm (CSV)
import-row-n = Rhes { $row }
import-save-choices = Cadw'r dewisiadau hyn
import-what = Beth fydd yn digwydd
import-pages = Tudalennau'r rhagolwg
import-page-of = Tudalen { $page } o { $pages }
import-listed-yes = Wedi'u rhestru (mae'r sefydliadau wedi cytuno)
import-listed-no = Heb eu rhestru
orgs-status-removed = Wedi'i dynnu oddi ar y gofrestr
orgs-status-dissolved = Wedi'i ddiddymu
import-what-create = cofnod newydd
import-what-update = yn newid { $fields }
import-what-unchanged = dim i'w newid
import-choice-skip = Gadael y rhes hon allan
import-choice-new = Ei mewnforio fel sefydliad newydd
import-choice-update = { $name } yw hwn: diweddaru'r cofnod hwnnw
import-column-unnamed = Colofn { $n } (dim pennawd)
import-flash-profile-saved = Mae'r gosodiadau wedi'u cadw, ac wedi'u cadw fel proffil.
import-flash-settings-saved = Mae'r gosodiadau wedi'u cadw. Mae'r rhagolwg isod yn eu defnyddio.
import-flash-choices-saved = Mae eich dewisiadau wedi'u cadw.
import-flash-profile-used = Mae gosodiadau'r proffil yn cael eu defnyddio ar gyfer y ffeil hon.
import-status-short-uploaded = Heb ddechrau
import-status-short-running = Yn mewnforio
import-status-short-done = Wedi gorffen
import-status-short-failed = Wedi'i atal gan wall
import-upload-profile = Proffil wedi'i gadw i'w ddefnyddio (dewisol)
import-upload-no-profile = Dim: dyfalu o enwau'r colofnau
import-command-hint = Gellir mewnforio ffeiliau mawr iawn o linell orchymyn y gweinydd gyda coproduce import-organisations, sy'n dilyn yr un rheolau ac yn adrodd yr un cyfrifon.
import-past-title = Mewnforion blaenorol
import-past-none = Does dim wedi'i fewnforio eto.
import-past-file = Ffeil
import-past-when = Uwchlwythwyd
import-past-status = Statws
import-past-problems = Rhesi heb eu mewnforio
import-past-command = (llinell orchymyn)
import-past-problem-rows = { $count ->
    [one] 1 rhes (CSV)
   *[other] { $count } rhes (CSV)
}
import-problems-row = Rhes
import-problems-outcome = Canlyniad
import-problems-reason = Rheswm
import-note-unmapped = Geiriad heb ei fapio, wedi'i gadw fel nodyn: { $values }
import-note-same-name-row = Mae gan res { $row } yr un enw ({ $name }) a rhif elusen arall: wedi'i mewnforio fel sefydliad ar wahân.
import-note-same-name-record = Mae gan gofnod gyda'r un enw ({ $name }) rif elusen arall: wedi'i mewnforio fel sefydliad ar wahân.
import-note-listed-changes = Byddai'r ffeil yn newid: { $fields }.
import-note-lead-taken = mae sefydliad arall eisoes yn rhwydwaith arweiniol ar gyfer y wlad honno (wedi'i adael allan; mae gweddill y rhes yn cael ei mewnforio)
import-note-unmapped-record = { $summary }: geiriad heb ei fapio i ddim yma: { $values }
import-left-chosen = Fe ddewisoch adael y rhes hon allan.
import-left-listed = Mae'r cofnod wedi'i restru gyda chaniatâd y sefydliad, felly nid yw mewnforio yn ei newid. Gofynnwch i'r sefydliad, neu golygwch y cofnod.
import-ask-same-record = Yn cyfateb i'r un cofnod â rhes { $row } ({ $names }).
import-ask-same-number-in-file = Mae gan res { $row } o'r ffeil hon yr un rhif elusen.
import-ask-same-website-in-file = Mae gan res { $row } o'r ffeil hon yr un wefan, a does dim rhif elusen yn eu gwahaniaethu.
import-ask-same-name-in-file = Mae gan res { $row } o'r ffeil hon yr un enw, a does dim rhif elusen yn eu gwahaniaethu.
import-ask-same-name = Cyfatebiaeth bosibl drwy'r enw yn unig: { $names }. Dewiswch ai'r un sefydliad ydyw.
orgs-field-register-status = Statws ar y gofrestr elusennau
orgs-status-live = Wedi'i chofrestru, neu ddim yn elusen gofrestredig
import-field-tags = Tagiau (preifat, i gydlynwyr)
orgs-tags = Tagiau:
orgs-tags-private = (dim ond cydlynwyr sy'n gweld tagiau)
outreach-tag = Tag
bulk-link = Newid pob sefydliad yn y rhestr hon
bulk-title = Newid pob sefydliad mewn rhestr
bulk-intro = { $count ->
    [one] Mae hyn yn newid yr 1 sefydliad y mae'r rhestr yn ei ddangos nawr.
   *[other] Mae hyn yn newid y { $count } sefydliad y mae'r rhestr yn eu dangos nawr.
}
bulk-history = Mae hanes pob sefydliad yn cofnodi'r newid, gyda'ch enw.
bulk-action-legend = Beth i'w newid
bulk-action-stage = Gosod y cam allgymorth
bulk-action-owner = Gosod pwy sy'n gofalu amdanynt
bulk-action-nation = Ychwanegu gwlad
bulk-action-tag = Ychwanegu tag
bulk-action-listed = Eu rhestru'n gyhoeddus
bulk-action-unlisted = Peidio â'u rhestru'n gyhoeddus
bulk-value-stage = Cam
bulk-value-owner = Pwy sy'n gofalu amdanynt
bulk-value-nation = Gwlad
bulk-value-tag = Tag (dim ond cydlynwyr sy'n gweld tagiau)
bulk-choose = Dewiswch
bulk-confirm-consent = Mae pob un o'r sefydliadau hyn wedi cytuno i gael eu rhestru'n gyhoeddus
bulk-button = { $count ->
    [one] Newid 1 sefydliad
   *[other] Newid { $count } sefydliad
}
bulk-back = Yn ôl i'r rhestr allgymorth
bulk-error-action = Dewiswch beth i'w newid
bulk-error-choose = Dewiswch werth ar gyfer y newid hwn
bulk-error-consent = Ticiwch hwn i gadarnhau bod pob sefydliad wedi cytuno i gael ei restru
bulk-progress-title = Newid sefydliadau
bulk-summary-stage = Cam wedi'i osod i { $value } ar gyfer { $count } sefydliad ar unwaith
bulk-summary-owner = { $value } sydd bellach yn gofalu am y { $count } sefydliad hyn
bulk-summary-nation = { $value } wedi'i ychwanegu at { $count } sefydliad ar unwaith
bulk-summary-tag = Tag “{ $value }” wedi'i ychwanegu at { $count } sefydliad ar unwaith
bulk-summary-listed = Wedi'u rhestru'n gyhoeddus gyda { $count } sefydliad ar unwaith, gyda'u caniatâd
bulk-summary-unlisted = Heb eu rhestru'n gyhoeddus mwyach, gyda { $count } sefydliad ar unwaith
