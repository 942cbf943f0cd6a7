import nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { MailTransport } from "./mailer";

/** SMTP through nodemailer, e.g. `smtp://user:pass@mail.example:587`. */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: "smtp",
    async deliver(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/** No SMTP configured: the message goes to the log (and stays in the outbox). */
export function logTransport(logger: Logger): MailTransport {
  return {
    kind: "log",
    async deliver(message) {
      logger.info({ mail: message }, `mail to ${message.to}: ${message.subject}`);
    },
  };
}
