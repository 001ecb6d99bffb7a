using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Talent.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "tal");

            migrationBuilder.CreateTable(
                name: "tal_events",
                schema: "tal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Flagship = table.Column<bool>(type: "boolean", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CountryOrRegion = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Partners = table.Column<string>(type: "text", nullable: false),
                    TalentsMet = table.Column<string>(type: "text", nullable: false),
                    TalentsMetCount = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tal_inbox",
                schema: "tal",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "tal_letters_of_intent",
                schema: "tal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentName = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: false),
                    Degree = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_letters_of_intent", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tal_outbox",
                schema: "tal",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tal_partner_bases",
                schema: "tal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PartnerCountryOrRegion = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_partner_bases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tal_talents",
                schema: "tal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NameForeign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Degree = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CountryOrRegion = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HowMet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MetAtEventId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsentToContact = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentRecordedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_talents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tal_events_StartDate_OrganisationId",
                schema: "tal",
                table: "tal_events",
                columns: new[] { "StartDate", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_tal_letters_of_intent_SignedOn_OrganisationId",
                schema: "tal",
                table: "tal_letters_of_intent",
                columns: new[] { "SignedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_tal_letters_of_intent_TalentId",
                schema: "tal",
                table: "tal_letters_of_intent",
                column: "TalentId");

            migrationBuilder.CreateIndex(
                name: "IX_tal_outbox_EventId",
                schema: "tal",
                table: "tal_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tal_outbox_SentAtUtc",
                schema: "tal",
                table: "tal_outbox",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_tal_partner_bases_EstablishedOn_OrganisationId",
                schema: "tal",
                table: "tal_partner_bases",
                columns: new[] { "EstablishedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_tal_talents_Contact",
                schema: "tal",
                table: "tal_talents",
                column: "Contact");

            migrationBuilder.CreateIndex(
                name: "IX_tal_talents_NameZh_Institution",
                schema: "tal",
                table: "tal_talents",
                columns: new[] { "NameZh", "Institution" });

            migrationBuilder.CreateIndex(
                name: "IX_tal_talents_OrganisationId",
                schema: "tal",
                table: "tal_talents",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tal_events",
                schema: "tal");

            migrationBuilder.DropTable(
                name: "tal_inbox",
                schema: "tal");

            migrationBuilder.DropTable(
                name: "tal_letters_of_intent",
                schema: "tal");

            migrationBuilder.DropTable(
                name: "tal_outbox",
                schema: "tal");

            migrationBuilder.DropTable(
                name: "tal_partner_bases",
                schema: "tal");

            migrationBuilder.DropTable(
                name: "tal_talents",
                schema: "tal");
        }
    }
}
