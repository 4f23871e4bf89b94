// The mail corpus (tests/fixtures/mail, SOURCES.md): real messages from public mail-parsing
// projects' test fixtures, and what Ticketflow must make of each over SMTP — a new ticket
// (with the decoded subject and text), a forward, an automatic reply or a bounce (stored, no
// ticket), list mail, or a clear 554 refusal (no sender address; a From address without a domain
// suffix or with non-ASCII characters, which the events' email schema does not take).
export type CorpusKind = "new" | "forwarded" | "autoReply" | "bounce" | "list";

export type CorpusCase =
  | {
      file: string;
      kind: CorpusKind;
      subject: string | null;
      text: string;
      plainTextHoldsHtml?: boolean;
      /** The sender's decoded display name, where the case is about it. */
      fromName?: string;
    }
  | { file: string; refused: string };

export const CORPUS: CorpusCase[] = [
  {
    file: "mikel-mail/attachment_emails--attachment_message_rfc822.eml",
    kind: "forwarded",
    subject: "testing",
    text: "This is the first part.",
  },
  {
    file: "mikel-mail/error_emails--bad_date_header.eml",
    kind: "autoReply",
    subject: "You may_be Eligible for Legitimate_Cash from_GovAgencies!",
    text: "",
  },
  { file: "mikel-mail/error_emails--bad_encoded_subject.eml", refused: "The message has no sender address in its" },
  {
    file: "mikel-mail/error_emails--bad_subject.eml",
    kind: "new",
    subject: "MySurvey.com:  You have a survey waiting!  91123105",
    text: "You have a survey waiting!",
  },
  {
    file: "mikel-mail/error_emails--cant_parse_from.eml",
    kind: "new",
    subject: "Meet the new MacBook Pro family. Now includes 13-inch.",
    text: "From one solid piece of aluminum comes a",
  },
  {
    file: "mikel-mail/error_emails--content_transfer_encoding_plain.eml",
    kind: "new",
    subject: "bookkeeping Get in on IGTS asap.",
    text: "acidness",
  },
  {
    file: "mikel-mail/error_emails--content_transfer_encoding_qp_with_space.eml",
    kind: "new",
    subject: "Low or High Blood Pressure? We can help.",
    text: "If you're in need of a good RX site for ",
  },
  {
    file: "mikel-mail/error_emails--content_transfer_encoding_spam.eml",
    kind: "new",
    subject: null,
    text: "middagh  oldusercompare",
  },
  {
    file: "mikel-mail/error_emails--content_transfer_encoding_text-html.eml",
    kind: "new",
    subject: "Re: We will help you refinance your home.",
    text: "Hello,",
  },
  {
    file: "mikel-mail/error_emails--content_transfer_encoding_with_8bits.eml",
    kind: "new",
    subject: "The Original Advantage #e13011",
    text: "[http://www.provantage.com/groupwork.jpg",
  },
  {
    file: "mikel-mail/error_emails--content_transfer_encoding_with_semi_colon.eml",
    kind: "new",
    subject: "Attention",
    text: "Dear Homeowner,",
  },
  {
    file: "mikel-mail/error_emails--content_transfer_encoding_x_uuencode.eml",
    kind: "new",
    subject: "PGP Comments on RTO West Release of Dec. 14",
    text: "Attached are the comments of the Public ",
  },
  {
    file: "mikel-mail/error_emails--empty_group_lists.eml",
    kind: "new",
    subject: "Western Union Swift Money Transfer",
    text: "Attention Beneficiary:",
  },
  {
    file: "mikel-mail/error_emails--empty_in_reply_to.eml",
    kind: "list",
    subject: "illegal copy of our patient education software",
    text: "",
  },
  {
    file: "mikel-mail/error_emails--encoding_madness.eml",
    kind: "new",
    subject: "eBay Bid - 2008 Ford Super Duty F-350 DRW King Ranch Crew Cab 4x4 (156) - Stock# XXXX",
    text: "Body Text",
  },
  {
    file: "mikel-mail/error_emails--header_fields_with_empty_values.eml",
    kind: "new",
    subject: "Testmail",
    text: "--",
  },
  {
    file: "mikel-mail/error_emails--invalid_subject_characters.eml",
    kind: "new",
    subject: "Formação FrenetikPolis: Mega Campanha Final Verão | Cursos de Setembro",
    text: "TEST",
  },
  { file: "mikel-mail/error_emails--multiple_content_types.eml", kind: "new", subject: "Redacted", text: "foo" },
  {
    file: "mikel-mail/error_emails--must_supply_encoding.eml",
    kind: "new",
    subject: "Impress your clients with a business phone���",
    text: "",
  },
  {
    file: "mikel-mail/error_emails--new_line_in_to_header.eml",
    kind: "new",
    subject: "[Online Lead] Online Lead #1111111",
    text: '<?xml version="1.0" encoding="UTF-8"?>',
  },
  {
    file: "mikel-mail/error_emails--trademark_character_in_subject.eml",
    kind: "new",
    subject: "GA.comô has a lead for you",
    text: "Body Text - not important",
  },
  { file: "mikel-mail/error_emails--weird_to_header.eml", kind: "new", subject: null, text: "CONTACT:" },
  { file: "mikel-mail/mime_emails--email_with_similar_boundaries.eml", kind: "new", subject: "Xxxxxx", text: "Test" },
  { file: "mikel-mail/mime_emails--raw_email11.eml", refused: "data.from.email: Invalid email address" },
  {
    file: "mikel-mail/mime_emails--raw_email2.eml",
    kind: "forwarded",
    subject: "Fwd: Signed email causes file attachments",
    text: "We should not include these files or vca",
  },
  { file: "mikel-mail/mime_emails--raw_email4.eml", kind: "new", subject: "Filth", text: "Some text" },
  {
    file: "mikel-mail/mime_emails--raw_email_encoded_stack_level_too_deep.eml",
    kind: "new",
    subject: "Nicolas Fouché has accepted your invitation to Gmail",
    text: "Nicolas Fouché has accepted your invitat",
  },
  {
    file: "mikel-mail/mime_emails--raw_email_with_illegal_boundary.eml",
    kind: "new",
    subject: "Testing outlook",
    text: "Hello",
  },
  {
    file: "mikel-mail/mime_emails--raw_email_with_mimepart_without_content_type.eml",
    kind: "bounce",
    subject: "Warning: could not send message for past 1 day",
    text: "****************************************",
  },
  {
    file: "mikel-mail/mime_emails--raw_email_with_nested_attachment.eml",
    kind: "new",
    subject: "Testing attachments",
    text: "Here is a test of an attachment via emai",
  },
  {
    file: "mikel-mail/mime_emails--sig_only_email.eml",
    kind: "new",
    subject: "Re: Testing multipart/signed",
    text: "This is random text, not what has been s",
  },
  {
    file: "mikel-mail/mime_emails--two_from_in_message.eml",
    kind: "new",
    subject: "Sending messages include last little bit",
    text: "When sending email:",
  },
  { file: "mikel-mail/multi_charset--japanese.eml", kind: "new", subject: "まみむめも", text: "かきくえこ" },
  { file: "mikel-mail/multi_charset--japanese_attachment.eml", kind: "new", subject: "testing", text: "testing" },
  { file: "mikel-mail/multi_charset--japanese_iso_2022.eml", kind: "new", subject: "まみむめも", text: "すみません。" },
  { file: "mikel-mail/multi_charset--japanese_shift_jis.eml", kind: "new", subject: "test", text: "あいうえお" },
  { file: "mikel-mail/multi_charset--ks_c_5601-1987.eml", kind: "new", subject: "test", text: "스티해" },
  {
    file: "mikel-mail/multipart_report_emails--multi_address_bounce1.eml",
    kind: "bounce",
    subject: "Undelivered Mail Returned to Sender",
    text: "This is the mail system at host lvmail01",
  },
  {
    file: "mikel-mail/multipart_report_emails--multipart_report_multiple_status.eml",
    kind: "bounce",
    subject: "Mail System Error - Returned Mail",
    text: "This Message was undeliverable due to th",
  },
  {
    file: "mikel-mail/multipart_report_emails--report_422.eml",
    kind: "bounce",
    subject: "Warning: could not send message for past 8 hours",
    text: "****************************************",
  },
  {
    file: "mikel-mail/multipart_report_emails--report_530.eml",
    kind: "bounce",
    subject: "Returned mail: see transcript for details",
    text: "The original message was received at Mon",
  },
  { file: "mikel-mail/plain_emails--basic_email.eml", kind: "new", subject: "Testing 123", text: "Plain email." },
  {
    file: "mikel-mail/plain_emails--mix_caps_content_type.eml",
    kind: "new",
    subject: "undef method parameter bug",
    text: "foo bar",
  },
  {
    file: "mikel-mail/plain_emails--raw_email_bad_time.eml",
    kind: "new",
    subject: "[0]: XXXXXXX XXXXX XXXXX !",
    text: "Filter2: This message has been scanned f",
  },
  {
    file: "mikel-mail/plain_emails--raw_email_incorrect_header.eml",
    kind: "new",
    subject: "Stop adware/spyware once and for all.",
    text: "You are infected with:",
  },
  {
    file: "mikel-mail/plain_emails--raw_email_multiple_from.eml",
    // Its text/plain part holds HTML as the sender wrote it: kept as sent.
    plainTextHoldsHtml: true,
    kind: "new",
    subject: "/home/svn/public/minebox revision 214",
    text: "<p><b>recordkick</b> 2007-10-22 23:45:23",
  },
  {
    file: "mikel-mail/plain_emails--raw_email_reply.eml",
    kind: "new",
    subject: "Re: Test reply email",
    text: "Message body",
  },
  {
    file: "mikel-mail/plain_emails--raw_email_trailing_dot.eml",
    kind: "new",
    subject: "[skynet-help][60666] How are intermediate files handled in SkyNet?",
    text: "Testing, testing, 123.",
  },
  {
    file: "mikel-mail/plain_emails--raw_email_with_bad_date.eml",
    kind: "forwarded",
    subject: "Microsoft Vlsta & Office2007, Just released for 79$ Save 1599.95$ 0ff Retai|",
    text: "hotnewsoft . com",
  },
  {
    file: "mikel-mail/plain_emails--raw_email_with_partially_quoted_subject.eml",
    kind: "new",
    subject: 'Re: Test: "漢字" mid "漢字" tail',
    text: "대부분의 마찬가지로, 우리는 하나님을 믿습니다.",
  },
  { file: "mikel-mail/rfc6532--utf8_headers.eml", refused: "data.from.email: Invalid email address" },
  { file: "mailparser/base64encodedroot.eml", kind: "new", subject: null, text: "" },
  {
    file: "mailparser/decoderended.eml",
    kind: "forwarded",
    subject: "Fwd: fotos",
    text: "Note: forwarded message attached.",
  },
  {
    file: "mailparser/delivery-status.eml",
    kind: "bounce",
    subject: "Delivery Status Notification (Failure)",
    text: "An error occurred while trying to delive",
  },
  { file: "mailparser/mixed.eml", refused: "The message has no sender address in its" },
  { file: "mailparser/nested.eml", kind: "new", subject: null, text: "Dear Sir," },
  // Legacy Cyrillic and Chinese charsets, in encoded-word headers and base64 bodies.
  { file: "thunderbird/sample04.eml", kind: "new", subject: "Алфавит", text: "Вопрос", fromName: "Bug Reporter" },
  { file: "thunderbird/sample05.eml", kind: "new", subject: "Алфавит", text: "Вопрос" },
  // Declared gb2312, written with GBK/GB18030 characters (讀): decoded as the superset, as mail clients do.
  { file: "kopano/gb2312_18030.eml", kind: "new", subject: "讀取: ??排??生?a", text: "bodytext", fromName: "梁祐晟" },
];
