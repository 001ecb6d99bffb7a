using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgrammesAsRunPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndsOn",
                schema: "sc",
                table: "sc_programmes",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            // The programmes saved before actions existed have none: an empty JSON list, which the column's conversion reads.
            migrationBuilder.AddColumn<string>(
                name: "Actions",
                schema: "sc",
                table: "sc_programmes",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "LaunchedAt",
                schema: "sc",
                table: "sc_programmes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LaunchedAtEventId",
                schema: "sc",
                table: "sc_programmes",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Actions",
                schema: "sc",
                table: "sc_programmes");

            migrationBuilder.DropColumn(
                name: "LaunchedAt",
                schema: "sc",
                table: "sc_programmes");

            migrationBuilder.DropColumn(
                name: "LaunchedAtEventId",
                schema: "sc",
                table: "sc_programmes");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndsOn",
                schema: "sc",
                table: "sc_programmes",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);
        }
    }
}
