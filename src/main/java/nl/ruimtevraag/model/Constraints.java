package nl.ruimtevraag.model;

public record Constraints(Netcongestie netcongestie, PermitConstraint stikstof, PermitConstraint water) {
}
