"""The office starter pack in German, French and Spanish: the same tasks, and checks adapted
to the language: a right answer written in that language passes every check, a wrong one
does not."""

from __future__ import annotations

import pytest

from desktop.core.tasktests.checks import run_checks
from desktop.core.tasktests.library import starter_pack_path
from desktop.core.tasktests.pack import load_pack

#: A correct answer per task, as a good model would write it in that language.
RIGHT = {
    "de": {
        "email-date": "14. März", "email-time": "10:30 Uhr", "email-sender": "Priya Natarajan",
        "sort-billing": "Abrechnung", "sort-technical": "Technik", "sort-shipping": "Versand",
        "sort-account": "Konto",
        "reply-refund": "Liebe Johanna, es tut uns leid, dass Ihr Abo doppelt abgebucht wurde. "
        "Die Erstattung ist innerhalb von 5 Werktagen auf Ihrer Karte. Kundenservice",
        "summary-sentence": "Ab Montag zieht das Team ins neue Büro in der Hafenstraße, und "
        "das alte Gebäude schließt am Freitag.",
        "note-json": '{"name": "Maria Lopez", "phone": "0612 345 678", "date": "3. Juni"}',
        "order-json": '{"item": "A4-Papier", "quantity": 40, "deliver_by": "12. Mai"}',
        "translate-french": "La réunion de demain est annulée.",
        "translate-english": "Thank you for your order.",
        "invoice-total": "1.284,50 EUR", "invoice-number": "INV-2291", "count-pens": "36",
        "action-items": "- Anna schickt das Budget\n- Ben bucht den Raum\n"
        "- Chloe aktualisiert die Website",
        "redact-phone": "Ruf Sam nach 15 Uhr unter [PHONE] wegen der Lieferung an.",
    },
    "fr": {
        "email-date": "14 mars", "email-time": "10h30", "email-sender": "Priya Natarajan",
        "sort-billing": "Facturation", "sort-technical": "Technique",
        "sort-shipping": "Livraison", "sort-account": "Compte",
        "reply-refund": "Chère Jeanne, nous sommes désolés pour ce double prélèvement. Le "
        "remboursement arrivera sur votre carte sous 5 jours ouvrés. Service client",
        "summary-sentence": "Dès lundi, l'équipe déménage dans les nouveaux bureaux de la rue "
        "du Port et l'ancien bâtiment ferme vendredi.",
        "note-json": '{"name": "Maria Lopez", "phone": "0612 345 678", "date": "3 juin"}',
        "order-json": '{"item": "papier A4", "quantity": 40, "deliver_by": "12 mai"}',
        "translate-english": "Tomorrow's meeting is cancelled.",
        "translate-german": "Vielen Dank für Ihre Bestellung.",
        "invoice-total": "1 284,50 EUR", "invoice-number": "INV-2291", "count-pens": "36",
        "action-items": "- Anna envoie le budget\n- Ben réserve la salle\n"
        "- Chloé met à jour le site web",
        "redact-phone": "Appelle Sam au [PHONE] après 15 h au sujet de la livraison.",
    },
    "es": {
        "email-date": "14 de marzo", "email-time": "10:30", "email-sender": "Priya Natarajan",
        "sort-billing": "Facturación", "sort-technical": "Técnico", "sort-shipping": "Envío",
        "sort-account": "Cuenta",
        "reply-refund": "Hola, Juana: sentimos mucho el cobro doble. El reembolso llegará a "
        "su tarjeta en 5 días laborables. Atención al cliente",
        "summary-sentence": "Desde el lunes el equipo se traslada a la nueva oficina de la "
        "calle del Puerto y el edificio antiguo cierra el viernes.",
        "note-json": '{"name": "Maria Lopez", "phone": "0612 345 678", "date": "3 de junio"}',
        "order-json": '{"item": "papel A4", "quantity": 40, "deliver_by": "12 de mayo"}',
        "translate-french": "La réunion de demain est annulée.",
        "translate-german": "Vielen Dank für Ihre Bestellung.",
        "invoice-total": "1.284,50 EUR", "invoice-number": "INV-2291", "count-pens": "36",
        "action-items": "- Anna envía el presupuesto\n- Ben reserva la sala\n"
        "- Chloe actualiza la web",
        "redact-phone": "Llama a Sam al [PHONE] después de las 15:00 por lo de la entrega.",
    },
}


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_starter_pack_in_each_language(code: str) -> None:
    english = load_pack(starter_pack_path("en"))
    path = starter_pack_path(code)
    assert path.parent.name == code
    pack = load_pack(path)
    assert len(pack.tasks) == len(english.tasks) and pack.name != english.name
    judged = [t.id for t in pack.tasks if not t.checks]
    assert judged == ["tone-rewrite", "newsletter-bullets"]
    for task in pack.tasks:
        if not task.checks:
            continue
        answer = RIGHT[code][task.id]
        failed = [r.detail for r in run_checks(task, answer) if not r.passed]
        assert failed == [], (code, task.id, failed)
        wrong = [r for r in run_checks(task, "I do not know.") if not r.passed]
        assert wrong, (code, task.id)  # an English non-answer does not pass
