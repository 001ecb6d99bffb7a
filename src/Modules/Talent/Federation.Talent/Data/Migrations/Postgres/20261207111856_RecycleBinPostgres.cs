using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Talent.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecycleBinPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "tal",
                table: "tal_talents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "tal",
                table: "tal_partner_bases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "tal",
                table: "tal_letters_of_intent",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "tal",
                table: "tal_events",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "tal",
                table: "tal_talents");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "tal",
                table: "tal_partner_bases");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "tal",
                table: "tal_letters_of_intent");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "tal",
                table: "tal_events");
        }
    }
}
