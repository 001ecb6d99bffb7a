using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Talent.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tal_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Flagship = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CountryOrRegion = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Partners = table.Column<string>(type: "TEXT", nullable: false),
                    TalentsMet = table.Column<string>(type: "TEXT", nullable: false),
                    TalentsMetCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tal_inbox",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "tal_letters_of_intent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentName = table.Column<string>(type: "TEXT", maxLength: 210, nullable: false),
                    Degree = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_letters_of_intent", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tal_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tal_partner_bases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PartnerCountryOrRegion = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_partner_bases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tal_talents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NameForeign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Degree = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CountryOrRegion = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HowMet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MetAtEventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConsentToContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentRecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_talents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tal_events_StartDate_OrganisationId",
                table: "tal_events",
                columns: new[] { "StartDate", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_tal_letters_of_intent_SignedOn_OrganisationId",
                table: "tal_letters_of_intent",
                columns: new[] { "SignedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_tal_letters_of_intent_TalentId",
                table: "tal_letters_of_intent",
                column: "TalentId");

            migrationBuilder.CreateIndex(
                name: "IX_tal_outbox_EventId",
                table: "tal_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tal_outbox_SentAtUtc",
                table: "tal_outbox",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_tal_partner_bases_EstablishedOn_OrganisationId",
                table: "tal_partner_bases",
                columns: new[] { "EstablishedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_tal_talents_Contact",
                table: "tal_talents",
                column: "Contact");

            migrationBuilder.CreateIndex(
                name: "IX_tal_talents_NameZh_Institution",
                table: "tal_talents",
                columns: new[] { "NameZh", "Institution" });

            migrationBuilder.CreateIndex(
                name: "IX_tal_talents_OrganisationId",
                table: "tal_talents",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tal_events");

            migrationBuilder.DropTable(
                name: "tal_inbox");

            migrationBuilder.DropTable(
                name: "tal_letters_of_intent");

            migrationBuilder.DropTable(
                name: "tal_outbox");

            migrationBuilder.DropTable(
                name: "tal_partner_bases");

            migrationBuilder.DropTable(
                name: "tal_talents");
        }
    }
}
