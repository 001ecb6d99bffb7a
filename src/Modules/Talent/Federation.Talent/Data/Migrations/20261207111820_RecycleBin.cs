using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Talent.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecycleBin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "tal_talents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "tal_partner_bases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "tal_letters_of_intent",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "tal_events",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "tal_talents");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "tal_partner_bases");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "tal_letters_of_intent");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "tal_events");
        }
    }
}
